/// The colour text and lines are drawn in. Documents are black; the decree's secrecy and urgency
/// stamps are printed in bright red (Phụ lục I, III.2: "màu đỏ tươi").
public struct Ink: Sendable, Hashable {
    public var red: Double, green: Double, blue: Double

    public init(red: Double, green: Double, blue: Double) {
        (self.red, self.green, self.blue) = (red, green, blue)
    }

    public static let black = Ink(red: 0, green: 0, blue: 0)
    /// Pure red: the brightest red an office printer prints, and the one a reader calls "đỏ tươi".
    public static let red = Ink(red: 1, green: 0, blue: 0)
}
