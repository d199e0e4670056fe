/// The fonts' answer to "can you draw this character?", remembered for the characters of
/// Vietnamese and Latin text (below U+2100): every character of every value is asked, and a table
/// read costs a few instructions where calling the closure (and retaining it) cost some forty.
final class DrawableCharacters {
    private let isDrawable: (Unicode.Scalar) -> Bool
    private static let rememberedCount = 0x2100
    /// 0 not asked yet, 1 drawable, 2 not. A raw buffer: a Swift array in a class is checked for
    /// exclusive access on every write, which cost more than the look-up (callgrind).
    private let remembered: UnsafeMutablePointer<UInt8>

    init(_ isDrawable: @escaping (Unicode.Scalar) -> Bool) {
        self.isDrawable = isDrawable
        remembered = .allocate(capacity: Self.rememberedCount)
        remembered.initialize(repeating: 0, count: Self.rememberedCount)
    }

    deinit {
        remembered.deallocate()
    }

    @inline(__always)
    func contains(_ scalar: Unicode.Scalar) -> Bool {
        let value = Int(scalar.value)
        guard value < Self.rememberedCount else { return isDrawable(scalar) }
        if remembered[value] == 0 { remembered[value] = isDrawable(scalar) ? 1 : 2 }
        return remembered[value] == 1
    }
}
