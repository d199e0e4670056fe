import CPangoCairo

/// Everything Pango needs to shape one paragraph: its styled runs, the font size, the line
/// length, the alignment and the first-line indent. VanBan's shaped text and the Pango + Cairo
/// baseline of the benchmark both build their Pango layouts from it, the same way.
public struct TextParagraph: Sendable, Hashable {
    public var runs: [TextRun]
    /// In points.
    public var size: Double
    /// The line length in points; nil keeps the text on one line (for measuring).
    public var width: Double?
    public var alignment: TextAlignment
    /// In points; Pango indents the first line of the paragraph by it.
    public var firstLineIndent: Double
    /// The width of the box a centred paragraph stands in, when its lines are broken at a
    /// narrower `width` (balanced lines): they are centred in this box. Nil: the box is `width`.
    public var boxWidth: Double?
    /// Never break a line right after a slash between letters ("cuộc/người"): for table cells,
    /// whose columns are fitted to such words. Body text keeps only short abbreviations whole.
    public var keepsSlashedWords: Bool
    /// Extra space after each character but the last, in points (may be negative).
    public var letterSpacing: Double

    public init(runs: [TextRun], size: Double, width: Double?, alignment: TextAlignment = .left,
                firstLineIndent: Double = 0, boxWidth: Double? = nil, keepsSlashedWords: Bool = false,
                letterSpacing: Double = 0) {
        self.runs = runs
        self.size = size
        self.width = width
        self.alignment = alignment
        self.firstLineIndent = firstLineIndent
        self.boxWidth = boxWidth
        self.keepsSlashedWords = keepsSlashedWords
        self.letterSpacing = letterSpacing
    }

    /// How far the lines move right so that lines centred in `width` stand centred in `boxWidth`.
    var boxOffset: Double {
        guard alignment == .center, let width, let boxWidth else { return 0 }
        return (boxWidth - width) / 2
    }

    /// A new Pango layout (owned by the caller, who unrefs it) holding this paragraph in the
    /// family's faces. Pango shapes and breaks it lazily, the first time its lines are read.
    func makeLayout(family: String, in context: OpaquePointer) -> OpaquePointer {
        // glib aborts the process when an allocation fails, so creation never returns NULL.
        let layout = pango_layout_new(context)!
        let description = pango_font_description_new()
        pango_font_description_set_family(description, family)
        pango_font_description_set_absolute_size(description, size * Double(PANGO_SCALE))
        pango_layout_set_font_description(layout, description)
        pango_font_description_free(description)

        let text = runs.map(\.text).joined()
        pango_layout_set_text(layout, text, -1)
        let attributes = Self.attributes(for: runs, text: text)
        // Hyphenated words and addresses everywhere; a spaced dash is kept with the word before
        // it only outside table cells, for the reason below.
        for range in Self.dashAndHyphenRanges(in: text, keepingSpacedDashes: !keepsSlashedWords) {
            Self.insert(pango_attr_allow_breaks_new(0), range.lowerBound, range.upperBound, attributes)
        }
        if keepsSlashedWords {
            for range in Self.slashesBetweenLetters(in: text) {
                Self.insert(pango_attr_allow_breaks_new(0), range.lowerBound, range.upperBound, attributes)
            }
        } else {
            // Not in table cells: their columns are fitted to single words, and a phrase wider
            // than its column would be cut between letters instead.
            let compounds = alignment == .center ? Self.compoundWordRanges(in: text) : []
            for range in Self.numberPhrases(in: text) + compounds {
                Self.insert(pango_attr_allow_breaks_new(0), range.lowerBound, range.upperBound, attributes)
            }
        }
        // No kerning, as Word sets Times New Roman by default: the font's pairs with the space
        // ("A" then space, space then "T") shrank the gap in "CỦA TUẦN" to 1.9 pt, which text
        // extraction and search in a PDF reader read as "CỦATUẦN".
        Self.insert(pango_attr_font_features_new("kern 0"), 0, UInt32(text.utf8.count), attributes)
        if letterSpacing != 0 {
            Self.insert(pango_attr_letter_spacing_new(Int32((letterSpacing * Double(PANGO_SCALE)).rounded())),
                        0, UInt32(text.utf8.count), attributes)
        }
        pango_layout_set_attributes(layout, attributes)
        pango_attr_list_unref(attributes)
        if let width {
            // Rounded, not truncated: a column fitted to a word is the word's width plus padding
            // minus padding, a hair under it in floating point, and one unit short wraps the word.
            pango_layout_set_width(layout, Int32((width * Double(PANGO_SCALE)).rounded()))
            pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
        }
        pango_layout_set_indent(layout, Int32(firstLineIndent * Double(PANGO_SCALE)))
        switch alignment {
        case .left: pango_layout_set_alignment(layout, PANGO_ALIGN_LEFT)
        case .center: pango_layout_set_alignment(layout, PANGO_ALIGN_CENTER)
        case .right: pango_layout_set_alignment(layout, PANGO_ALIGN_RIGHT)
        case .justify:
            pango_layout_set_alignment(layout, PANGO_ALIGN_LEFT)
            pango_layout_set_justify(layout, 1)
        }
        return layout
    }

    /// Bold and italic as Pango attributes over UTF-8 byte ranges (not markup: user text may
    /// contain '&' or '<', which Pango markup would silently turn into empty text).
    ///
    /// Spaces at the end of a run take the style of the run after them. Where a style changes
    /// right after a space, Pango 1.50 keeps that space's width when it breaks the line there,
    /// and a justified line ended 4 pt short of the margin; with the change moved before the
    /// spaces it does not. A bold or italic space has the same advance as an upright one.
    private static func attributes(for runs: [TextRun], text: String) -> OpaquePointer {
        let list = pango_attr_list_new()!
        func trailingSpaces(_ text: String) -> UInt32 {
            let count = text.reversed().prefix { $0 == " " }.count
            return count < text.count ? UInt32(count) : 0
        }
        var offset: UInt32 = 0
        for (index, run) in runs.enumerated() {
            let length = UInt32(run.text.utf8.count)
            let start = index > 0 ? offset - trailingSpaces(runs[index - 1].text) : offset
            let end = index < runs.count - 1 ? offset + length - trailingSpaces(run.text) : offset + length
            if run.bold { insert(pango_attr_weight_new(PANGO_WEIGHT_BOLD), start, end, list) }
            if run.italic { insert(pango_attr_style_new(PANGO_STYLE_ITALIC), start, end, list) }
            offset += length
        }
        for range in unbreakableAbbreviations(in: text) {
            insert(pango_attr_allow_breaks_new(0), range.lowerBound, range.upperBound, list)
        }
        return list
    }

    /// Short abbreviations with a slash ("(t/h);", "b/c", "V/v", "đ/c") are read as one word, but
    /// Pango may break after any slash and printed "(t/" and "h);" on two lines; it may also break
    /// after the hyphen of a compound abbreviation ("GDNN-" and "GDTX", "05/KH-" and "UBND"). Keep
    /// each such space-separated word whole. Returns UTF-8 byte ranges.
    ///
    /// It runs on every paragraph, so words are found on the UTF-8 bytes and only the few holding
    /// a slash or a hyphen are looked at as characters (that took a quarter of a document's time).
    static func unbreakableAbbreviations(in text: String) -> [Range<UInt32>] {
        var ranges: [Range<UInt32>] = []
        var text = text
        text.withUTF8 { bytes in
            var wordStart = 0
            // What the word's bytes hold: most words with a hyphen are the "-" of a list item and
            // most with a slash are dates, with no letter, and need no closer look.
            var hasSlash = false, hasHyphen = false, hasLetter = false, hasDigit = false
            func endWord(at end: Int) {
                guard (hasSlash && hasLetter) || (hasHyphen && (hasLetter || hasDigit)) else { return }
                let word = Substring(decoding: UnsafeBufferPointer(rebasing: bytes[wordStart..<end]), as: UTF8.self)
                if (hasSlash && hasLetter && isSlashAbbreviation(word)) || (hasHyphen && isHyphenatedAbbreviation(word)) {
                    ranges.append(UInt32(wordStart)..<UInt32(end))
                }
            }
            for (offset, byte) in bytes.enumerated() {
                switch byte {
                case UInt8(ascii: " "):
                    endWord(at: offset)
                    wordStart = offset + 1
                    (hasSlash, hasHyphen, hasLetter, hasDigit) = (false, false, false, false)
                case UInt8(ascii: "/"): hasSlash = true
                case UInt8(ascii: "-"): hasHyphen = true
                case UInt8(ascii: "0")...UInt8(ascii: "9"): hasDigit = true
                // ASCII letters, and every non-ASCII character (which may be a letter or digit).
                case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), 0x80...: hasLetter = true
                default: break
                }
            }
            endWord(at: bytes.count)
        }
        return ranges
    }

    /// Two parts of one to three letters joined by a slash: "t/h", "V/v".
    private static func isSlashAbbreviation(_ word: Substring) -> Bool {
        let core = word.trimmingPrefix { !$0.isLetter }.reversed().drop { !$0.isLetter }
        let parts = String(core.reversed()).split(separator: "/", omittingEmptySubsequences: false)
        return parts.count == 2 && parts.allSatisfy { (1...3).contains($0.count) && $0.allSatisfy(\.isLetter) }
    }

    /// Parts in capitals or digits joined by hyphens: "GDNN-GDTX", "PTDTBT-THCS", "05/KH-UBND".
    /// A part may hold a slash, "&" or "." ("GD&ĐT"), and lower-case letters beside two capitals
    /// at least: the decree's own "TTr", "CTr", "QyĐ", "TrS" and the Prime Minister's "TTg"
    /// ("1373/QĐ-TTg"). Other hyphenated words ("Mát-xcơ-va") keep only their hyphens whole
    /// (`dashAndHyphenRanges`), and may still break after a slash.
    private static func isHyphenatedAbbreviation(_ word: Substring) -> Bool {
        let core = word.trimmingPrefix { !($0.isLetter || $0.isNumber) }.reversed().drop { !($0.isLetter || $0.isNumber) }
        let parts = String(core.reversed()).split(separator: "-", omittingEmptySubsequences: false)
        return parts.count >= 2 && parts.allSatisfy { part in
            (1...12).contains(part.count) && part.contains { $0.isUppercase || $0.isNumber }
                && part.allSatisfy { $0.isLetter || $0.isNumber || "/&.".contains($0) }
                && (!part.contains(where: \.isLowercase) || part.filter(\.isUppercase).count >= 2)
        }
    }

    /// Each slash with a letter on both sides and the letter after it, as UTF-8 byte ranges: Pango
    /// disables breaks strictly inside a range, so exactly the break after the slash goes.
    static func slashesBetweenLetters(in text: String) -> [Range<UInt32>] {
        guard text.utf8.contains(UInt8(ascii: "/")) else { return [] }
        var ranges: [Range<UInt32>] = []
        var offset: UInt32 = 0
        var previous: Character?
        var characters = text.makeIterator()
        var current = characters.next()
        while let character = current {
            let next = characters.next()
            let length = UInt32(character.utf8.count)
            if character == "/", previous?.isLetter == true, let next, next.isLetter {
                ranges.append(offset..<(offset + length + UInt32(next.utf8.count)))
            }
            offset += length
            previous = character
            current = next
        }
        return ranges
    }

    private static func insert(_ attribute: UnsafeMutablePointer<PangoAttribute>?, _ start: UInt32, _ end: UInt32,
                               _ list: OpaquePointer) {
        guard let attribute else { return }
        attribute.pointee.start_index = start
        attribute.pointee.end_index = end
        pango_attr_list_insert(list, attribute)
    }
}
