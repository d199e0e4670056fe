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

    // Runs are the keys of the text context's shaping cache, looked up twice or more for every
    // paragraph. String's own hashing and equality normalise to NFC on the way (a tenth of a
    // document's layout time); Pango shapes bytes, and the input is NFC already, so two runs are
    // the same text exactly when their UTF-8 bytes are.
    public static func == (lhs: TextRun, rhs: TextRun) -> Bool {
        guard lhs.bold == rhs.bold, lhs.italic == rhs.italic, lhs.text.utf8.count == rhs.text.utf8.count else { return false }
        var (left, right) = (lhs.text, rhs.text)
        return left.withUTF8 { leftBytes in right.withUTF8 { leftBytes.elementsEqual($0) } }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(bold)
        hasher.combine(italic)
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        // The length ends the bytes, so that runs ["ab", "c"] and ["a", "bc"] hash apart.
        hasher.combine(text.utf8.count)
    }
}

/// How the lines of a text block sit between its edges.
public enum TextAlignment: Sendable, Hashable {
    case left, center, right, justify
}
