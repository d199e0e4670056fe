import Foundation
import VanBanModel

/// Reads a body written as clerks write it: one paragraph per line, each recognised by how it
/// starts ("I.", "1.", "4.1.", "a)", "- ", "Điều 1.", "Phần I" …; README, "Body text conventions").
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
                expectsDivisionTitle = true
            case let kind?:
                blocks.append((.heading(Heading(kind: kind, text: styled)), index))
            case nil:
                blocks.append((.paragraph(Paragraph(text: styled)), index))
            }
        }
        return blocks
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
        if words.count >= 2, ["Phần", "Chương"].contains(first), isRoman(words[1]) { return .division }
        if words.count >= 2, first == "Mục", isArabic(words[1]) { return .division }
        if line.hasPrefix("Tiểu mục "), words.count >= 3, isArabic(words[2]) { return .division }
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
