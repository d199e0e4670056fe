/// One element of a body: a heading, a paragraph or a table.
public enum Block: Sendable, Hashable {
    case heading(Heading)
    case paragraph(Paragraph)
    case table(Table)
    /// Blank dotted lines across the text width for free text (dòng để trống).
    case blankLines(BlankLines)
}

/// What a blank to be filled in accepts: text, or numbers only (a statistics cell).
public enum Blank: String, Sendable, Hashable, CaseIterable {
    case text, number
}

/// `count` dotted lines under a heading, filled in by hand or, in a fillable PDF, as one field.
public struct BlankLines: Sendable, Hashable {
    public var count: Int
    /// The field's name in a fillable PDF; nil takes the text of the block before it.
    public var name: String?

    public init(count: Int, name: String? = nil) {
        self.count = count
        self.name = name
    }
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
    /// Dotted leader from the end of the text to the right margin ("+ Tỷ lệ người tham gia: ……").
    public var leader: Bool

    public init(text: StyledText, alignment: Alignment = .justify, firstLineIndent: Bool = true, leader: Bool = false) {
        self.text = text
        self.alignment = alignment
        self.firstLineIndent = firstLineIndent
        self.leader = leader
    }
}
