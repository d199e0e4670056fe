import CPangoCairo

/// One character of a paragraph set without a line length: how far it advances the pen, whether
/// Pango may (or must, after a line feed) break a line in front of it, and whether it is white
/// space. Line balancing predicts from these where Pango's lines would break at any width,
/// without shaping the paragraph again.
public struct CharacterAdvance: Sendable, Hashable {
    /// In points.
    public var width: Double
    public var canBreakBefore: Bool
    public var mustBreakBefore: Bool
    public var isWhite: Bool
}

extension ShapedText {
    /// Every character of the text, in order, for a text shaped with `paragraph.width` nil (its
    /// lines end only at line feeds). Line feeds advance nothing.
    public func characterAdvances() -> [CharacterAdvance] {
        var count: Int32 = 0
        guard paragraph.width == nil, let attributes = pango_layout_get_log_attrs_readonly(layout, &count), count > 1,
              let text = pango_layout_get_text(layout), let iterator = pango_layout_get_iter(layout) else { return [] }
        defer { pango_layout_iter_free(iterator) }
        // Pango has one attribute per character and one for the end of the text.
        var advances = (0..<Int(count) - 1).map { index in
            let attribute = attributes[index]
            return CharacterAdvance(width: 0, canBreakBefore: attribute.is_line_break != 0,
                                    mustBreakBefore: attribute.is_mandatory_break != 0, isWhite: attribute.is_white != 0)
        }
        // The iterator steps through the characters of each line by byte index (skipping line
        // feeds); count the characters up to each index on the UTF-8 bytes.
        var byte = 0, character = 0
        repeat {
            let index = Int(pango_layout_iter_get_index(iterator))
            while byte < index {
                if UInt8(bitPattern: text[byte]) & 0xC0 != 0x80 { character += 1 }
                byte += 1
            }
            guard character < advances.count else { break }
            var logical = PangoRectangle()
            pango_layout_iter_get_char_extents(iterator, &logical)
            advances[character].width = Double(logical.width) / Double(PANGO_SCALE)
        } while pango_layout_iter_next_char(iterator) != 0
        return advances
    }
}
