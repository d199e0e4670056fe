import Foundation

/// Unicode normalisation of every input value, without Foundation's trip through NSString where
/// the text does not need it (the input reader's largest cost before this, in callgrind).
extension String {
    /// Unicode NFC, as `precomposedStringWithCanonicalMapping` gives it. Text whose scalars all
    /// lie where NFC changes nothing, alone or side by side (below the combining marks U+0300,
    /// the precomposed Vietnamese letters U+1E00–U+1EFF, punctuation U+2010–U+206F; checked
    /// pairwise against Unicode's tables), is returned as it is: that is nearly every document.
    var canonicallyComposed: String {
        unicodeScalars.allSatisfy(Self.isLeftAloneByNFC) ? self : precomposedStringWithCanonicalMapping
    }

    private static func isLeftAloneByNFC(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x300 || (0x1E00..<0x1F00).contains(scalar.value) || (0x2010..<0x2070).contains(scalar.value)
    }
}
