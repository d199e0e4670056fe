/// Which text Unicode NFC leaves as it is, so that reading composes (through Foundation's
/// NSString) only the values that need it.
extension String {
    /// Whether NFC leaves this scalar as it is wherever it stands: below the combining marks
    /// U+0300, the precomposed Vietnamese letters U+1E00–U+1EFF, punctuation U+2010–U+206F
    /// (checked pairwise against Unicode's tables). Text made of these only is nearly every document.
    static func isLeftAloneByNFC(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x300 || (0x1E00..<0x1F00).contains(scalar.value) || (0x2010..<0x2070).contains(scalar.value)
    }
}
