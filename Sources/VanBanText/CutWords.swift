import CPangoCairo

extension ShapedText {
    /// Whether a line starts where the text has no break opportunity: Pango cut a word between
    /// letters because it was wider than the line (its fallback, `PANGO_WRAP_WORD_CHAR`), or
    /// ignored a break rule (a dash kept with its word, an abbreviation kept whole) for the same
    /// reason. One walk over the text, whatever the number of lines.
    public var cutsAWord: Bool {
        guard lines.count > 1 else { return false }
        var count: Int32 = 0
        guard let attributes = pango_layout_get_log_attrs_readonly(layout, &count),
              let text = pango_layout_get_text(layout) else { return false }
        // Pango has one attribute per character: count the characters up to each line's start
        // byte on the UTF-8 bytes.
        var byte = 0, character = 0
        for line in lines.dropFirst() {
            while byte < line.startIndex {
                if UInt8(bitPattern: text[byte]) & 0xC0 != 0x80 { character += 1 }
                byte += 1
            }
            guard character < Int(count) else { break }
            if attributes[character].is_line_break == 0, attributes[character].is_mandatory_break == 0 { return true }
        }
        return false
    }
}
