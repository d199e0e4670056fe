/// A piece of text in one style, the unit handed to the text engine.
///
/// The text target does not know the document model; layout converts model text into runs.
public struct TextRun: Sendable, Hashable {
    public var text: String
    public var bold: Bool
    public var italic: Bool

    public init(_ text: String, bold: Bool = false, italic: Bool = false) {
        self.text = text
        self.bold = bold
        self.italic = italic
    }
}

/// How the lines of a text block sit between its edges.
public enum TextAlignment: Sendable, Hashable {
    case left, center, right, justify
}
