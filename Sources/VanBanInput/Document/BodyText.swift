import Foundation
import VanBanModel

/// Reads a body written as clerks write it: one paragraph per line, each recognised by how it
/// starts ("I.", "1.", "4.1.", "a)", "- ", "Điều 1.", "Phần I" …; docs/input-format.md, "Body text conventions").
/// A line starting with a backslash is always an ordinary paragraph. Lines ending in dots and
/// lines of dots are fill-in blanks (FillInText).
enum BodyText {
    static func blocks(from text: String) -> [Block] { linedBlocks(from: text).map(\.block) }

    /// The blocks with the index of the text line each came from (empty lines counted), so
    /// a reader can say where a block was written.
    static func linedBlocks(from text: String) -> [(block: Block, line: Int)] {
        var blocks: [(block: Block, line: Int)] = []
        var expectsDivisionTitle = false
        for (index, rawLine) in text.lines(omittingEmpty: false).enumerated() {
            let line = rawLine.trimmingHorizontalSpace
            guard !line.isEmpty else { continue }
            if line.hasPrefix("\\") {
                blocks.append((.paragraph(Paragraph(text: InlineMarkup.parse(String(line.dropFirst())))), index))
                expectsDivisionTitle = false
                continue
            }
            if FillInText.isBlankLine(line) {
                // Consecutive lines of dots are one blank of several lines.
                if case let .blankLines(previous)? = blocks.last?.block {
                    blocks[blocks.count - 1].block = .blankLines(BlankLines(count: previous.count + 1, name: previous.name))
                } else {
                    blocks.append((.blankLines(BlankLines(count: 1)), index))
                }
                expectsDivisionTitle = false
                continue
            }
            if let text = FillInText.textBeforeLeader(line) {
                blocks.append((.paragraph(Paragraph(text: InlineMarkup.parse(text), leader: true)), index))
                expectsDivisionTitle = false
                continue
            }
            let styled = InlineMarkup.parse(line)
            if expectsDivisionTitle {
                blocks.append((.heading(Heading(kind: .divisionTitle, text: styled)), index))
                expectsDivisionTitle = false
                continue
            }
            let kind = classify(line)
            switch kind {
            case .division?:
                blocks.append((.heading(Heading(kind: .division, text: styled)), index))
                // "Chương I" alone has its title on the next line; "PHẦN THỨ NHẤT: KẾT QUẢ" has it here.
                expectsDivisionTitle = divisionLabel(line)?.titleFollows ?? false
            case .article? where articleGoesOnWithText(line):
                blocks.append((.paragraph(articleParagraph(line)), index))
            case let kind?:
                blocks.append((.heading(Heading(kind: kind, text: styled)), index))
            case nil:
                blocks.append((.paragraph(Paragraph(text: styled)), index))
            }
        }
        ClauseWeight.settle(&blocks)
        return blocks
    }

    /// An article whose line goes on with a sentence ("Điều 1. Thành lập Tổ công tác …, gồm:") is
    /// text with a bold label; one whose line ends without punctuation ("Điều 1. Phạm vi điều
    /// chỉnh") is a title, bold as a whole (nd30.md §3).
    private static func articleGoesOnWithText(_ line: String) -> Bool {
        let words = line.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true)
        guard words.count == 3, let last = line.last else { return false }
        return ".;,!?…:".contains(last)
    }

    /// "Điều 1." in bold, the rest of the line as written.
    private static func articleParagraph(_ line: String) -> Paragraph {
        let words = line.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true)
        let label = StyledText.Run("\(words[0]) \(words[1])", bold: true)
        let rest = InlineMarkup.parse(" " + words[2])
        return Paragraph(text: StyledText(runs: [label] + rest.runs), opensArticle: true)
    }

    /// A division's label ("Chương IV", "PHẦN THỨ HAI", "Tiểu mục 2"), and whether its title is
    /// on the next line (the label stands alone) rather than on this one; nil for other lines.
    static func divisionLabel(_ line: String) -> (words: Int, titleFollows: Bool)? {
        let words = line.split(separator: " ", maxSplits: 4, omittingEmptySubsequences: true).map {
            String($0).trimmingCharacters(in: CharacterSet(charactersIn: ".:"))
        }
        guard words.count >= 2 else { return nil }
        let first = words[0].lowercased(), second = words[1]
        let labelWords: Int
        if first == "phần", second.lowercased() == "thứ", words.count >= 3, isOrdinal(words[2]) {
            labelWords = 3
        } else if ["phần", "chương"].contains(first), isRoman(second) {
            labelWords = 2
        } else if first == "mục", isArabic(second) {
            labelWords = 2
        } else if first == "tiểu", second.lowercased() == "mục", words.count >= 3, isArabic(words[2]) {
            labelWords = 3
        } else {
            return nil
        }
        return (labelWords, words.count == labelWords)
    }

    /// "nhất", "hai", … "mười": the ordinal words of "Phần thứ …".
    private static func isOrdinal(_ word: String) -> Bool {
        ["nhất", "hai", "ba", "tư", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"].contains(word.lowercased())
    }

    /// The heading kind a line starts, or nil for an ordinary paragraph (điểm, items, sentences).
    static func classify(_ line: String) -> Heading.Kind? {
        // Every heading starts with one of these letters (Phần, Chương, Mục, Tiểu mục, Điều, a
        // Roman numeral, a digit); most body lines ("- …", "+ …", "a) …") are let go here
        // without splitting them into words, which cost more than the rest of reading a line.
        guard let initial = line.unicodeScalars.first, "PCMTĐIVXL0123456789".unicodeScalars.contains(initial) else {
            return nil
        }
        let words = line.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true).map(String.init)
        guard let first = words.first else { return nil }
        if "PCMT".unicodeScalars.contains(initial), divisionLabel(line) != nil { return .division }
        if first == "Điều", words.count >= 2, words[1].hasSuffix("."), isArabic(String(words[1].dropLast())) {
            return .article
        }
        guard words.count >= 2 else { return nil }
        if first.hasSuffix("."), isRoman(String(first.dropLast())) { return .section }
        if isClauseNumber(first), !endsLikeSentence(line) { return .clause }
        return nil
    }

    /// "1.", "4.1.", "4.1" — a khoản or sub-khoản number.
    private static func isClauseNumber(_ word: String) -> Bool {
        let parts = word.split(separator: ".", omittingEmptySubsequences: false)
        let numbers = word.hasSuffix(".") ? parts.dropLast() : parts[...]
        guard !numbers.isEmpty, word.hasSuffix(".") || numbers.count > 1 else { return false }
        return numbers.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
    }

    /// A khoản that ends like a sentence is body text; one that does not is a title.
    private static func endsLikeSentence(_ line: String) -> Bool {
        guard let last = line.trimmingHorizontalSpace.last else { return false }
        return ".;,!?…".contains(last)
    }

    static func isRoman(_ word: String) -> Bool {
        !word.isEmpty && word.allSatisfy { "IVXLC".contains($0) } && RomanNumeral.value(of: word) != nil
    }

    private static func isArabic(_ word: String) -> Bool {
        let digits = word.hasSuffix(".") ? String(word.dropLast()) : word
        return !digits.isEmpty && digits.allSatisfy { $0.isASCII && $0.isNumber }
    }
}
