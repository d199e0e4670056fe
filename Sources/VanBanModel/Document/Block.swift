/// One element of a body: a heading, a paragraph or a table.
public enum Block: Sendable, Hashable {
    case heading(Heading)
    case paragraph(Paragraph)
    case table(Table)
}

/// A numbered heading at one of the levels of Decree 30 (nd30.md §3).
public struct Heading: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// "Phần I", "Chương I", "Mục 1", "Tiểu mục 1": own line, centred.
        case division
        /// The capitalised title line under a division, centred.
        case divisionTitle
        /// "Điều 1. …": indented like a paragraph.
        case article
        /// "I. TITLE" in plans and reports.
        case section
        /// "1. Title", "4.1. Title": a khoản or sub-khoản with a title, on its own line.
        case clause
    }

    public var kind: Kind
    public var text: StyledText

    public init(kind: Kind, text: StyledText) {
        self.kind = kind
        self.text = text
    }
}

public struct Paragraph: Sendable, Hashable {
    public enum Alignment: String, Sendable, Hashable, CaseIterable {
        case justify, left, center, right
    }

    public var text: StyledText
    public var alignment: Alignment
    public var firstLineIndent: Bool

    public init(text: StyledText, alignment: Alignment = .justify, firstLineIndent: Bool = true) {
        self.text = text
        self.alignment = alignment
        self.firstLineIndent = firstLineIndent
    }
}
