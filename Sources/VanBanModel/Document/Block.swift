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
        /// "Phần I", "PHẦN THỨ NHẤT", "Chương I", "Mục 1", "Tiểu mục 1": own line, centred.
        case division
        /// The capitalised title line under a division, centred.
        case divisionTitle
        /// "Điều 1. Title": an article's label and title, indented like a paragraph. An article
        /// whose line goes on with its text is a paragraph that opens an article.
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
    /// The paragraph opens an article ("Điều 1. Thành lập …"): its label is bold, its text
    /// regular, and it is a bookmark like a heading (nd30.md §3, table V).
    public var opensArticle: Bool

    public init(text: StyledText, alignment: Alignment = .justify, firstLineIndent: Bool = true, leader: Bool = false,
                opensArticle: Bool = false) {
        self.text = text
        self.alignment = alignment
        self.firstLineIndent = firstLineIndent
        self.leader = leader
        self.opensArticle = opensArticle
    }

    /// "Điều 1." of a paragraph that opens an article.
    public var articleLabel: String? {
        guard opensArticle else { return nil }
        let words = text.plain.split(separator: " ", maxSplits: 2)
        return words.count >= 2 ? "\(words[0]) \(words[1])" : nil
    }
}
