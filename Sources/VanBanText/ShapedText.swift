import CPangoCairo

/// One paragraph shaped and broken into lines by Pango at a given width.
///
/// Layout reads each line's horizontal offset and width; vertical positions are chosen by
/// layout (a fixed line pitch from the layout file), so this class reports no line heights.
public final class ShapedText {
    public struct Line: Sendable, Hashable {
        /// Offset of the line's start from the block's left edge (indent and alignment included).
        public var x: Double
        public var width: Double
        public var startIndex: Int
        public var length: Int
    }

    let layout: OpaquePointer
    public let lines: [Line]
    /// The width of the widest line, in points.
    public var naturalWidth: Double { lines.map { $0.width }.max() ?? 0 }

    /// - Parameters:
    ///   - width: the line length in points; nil shapes the text on one line (for measuring).
    ///   - firstLineIndent: in points; Pango indents the first line of each paragraph by it.
    init(runs: [TextRun], size: Double, context: TextContext, width: Double?, alignment: TextAlignment = .left, firstLineIndent: Double = 0) {
        let layout = pango_layout_new(context.pango)!
        self.layout = layout
        let text = runs.map(\.text).joined()

        let description = pango_font_description_new()
        pango_font_description_set_family(description, context.library.family)
        pango_font_description_set_absolute_size(description, size * Double(PANGO_SCALE))
        pango_layout_set_font_description(layout, description)
        pango_font_description_free(description)

        pango_layout_set_text(layout, text, -1)
        let attributes = Self.attributes(for: runs)
        pango_layout_set_attributes(layout, attributes)
        pango_attr_list_unref(attributes)
        if let width {
            pango_layout_set_width(layout, Int32(width * Double(PANGO_SCALE)))
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
        self.lines = Self.measureLines(layout)
    }

    deinit { vanban_object_unref(UnsafeMutableRawPointer(layout)) }

    /// The Pango line to draw; valid while this object lives.
    func pangoLine(_ index: Int) -> UnsafeMutablePointer<PangoLayoutLine>? {
        pango_layout_get_line_readonly(layout, Int32(index))
    }

    private static func measureLines(_ layout: OpaquePointer) -> [Line] {
        var lines: [Line] = []
        guard let iterator = pango_layout_get_iter(layout) else { return lines }
        defer { pango_layout_iter_free(iterator) }
        let scale = Double(PANGO_SCALE)
        repeat {
            var logical = PangoRectangle()
            pango_layout_iter_get_line_extents(iterator, nil, &logical)
            let line = pango_layout_iter_get_line_readonly(iterator)!
            lines.append(Line(x: Double(logical.x) / scale, width: Double(logical.width) / scale,
                              startIndex: Int(line.pointee.start_index), length: Int(line.pointee.length)))
        } while pango_layout_iter_next_line(iterator) != 0
        return lines
    }

    /// Bold and italic as Pango attributes over UTF-8 byte ranges (not markup: user text may
    /// contain '&' or '<', which Pango markup would silently turn into empty text).
    ///
    /// Spaces at the end of a run take the style of the run after them. Where a style changes
    /// right after a space, Pango 1.50 keeps that space's width when it breaks the line there,
    /// and a justified line ended 4 pt short of the margin; with the change moved before the
    /// spaces it does not. A bold or italic space has the same advance as an upright one.
    private static func attributes(for runs: [TextRun]) -> OpaquePointer {
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
        return list
    }

    private static func insert(_ attribute: UnsafeMutablePointer<PangoAttribute>?, _ start: UInt32, _ end: UInt32,
                               _ list: OpaquePointer) {
        guard let attribute else { return }
        attribute.pointee.start_index = start
        attribute.pointee.end_index = end
        pango_attr_list_insert(list, attribute)
    }
}

extension ShapedText {
    /// The characters of one line, for tests and diagnostics.
    public func text(ofLine index: Int) -> String {
        guard let start = pango_layout_get_text(layout) else { return "" }
        let line = lines[index]
        let bytes = UnsafeRawBufferPointer(start: UnsafeRawPointer(start).advanced(by: line.startIndex), count: line.length)
        return String(decoding: bytes, as: UTF8.self)
    }
}
