/// A rectangle left blank for the receiving unit to fill in: an empty table cell of a `fill`
/// column, a dotted leader, blank lines. Nothing is drawn for it (its dots and borders are items
/// of their own); with `--fillable` it becomes a form field at exactly this place.
public struct FillBlank: Sendable, Hashable {
    /// A readable name from the labels around the blank ("Xóa mù chữ – Người").
    public var label: String
    public var numeric: Bool
    public var multiline: Bool
    public var width: Double
    public var height: Double
    /// The size of the text typed into it, in points.
    public var fontSize: Double

    public init(label: String, numeric: Bool, multiline: Bool, width: Double, height: Double, fontSize: Double) {
        self.label = label
        self.numeric = numeric
        self.multiline = multiline
        self.width = width
        self.height = height
        self.fontSize = fontSize
    }
}
