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

    /// The Pango layout, which several shaped texts of the same paragraph may share.
    private let owner: LayoutOwner
    var layout: OpaquePointer { owner.layout }
    /// What was shaped: the runs, size, width, alignment and indent.
    public let paragraph: TextParagraph
    public let lines: [Line]
    /// The width of the widest line, in points.
    public var naturalWidth: Double { lines.map { $0.width }.max() ?? 0 }

    init(_ paragraph: TextParagraph, context: TextContext) {
        self.paragraph = paragraph
        owner = LayoutOwner(paragraph.makeLayout(family: context.library.family, in: context.pango))
        lines = Self.measureLines(owner.layout, offset: paragraph.boxOffset)
    }

    /// The same paragraph again, shaped already: its own object (each place in a document keeps
    /// its own identity) over the same Pango layout.
    init(sharing shaped: ShapedText) {
        (owner, paragraph, lines) = (shaped.owner, shaped.paragraph, shaped.lines)
    }

    private final class LayoutOwner {
        let layout: OpaquePointer
        init(_ layout: OpaquePointer) { self.layout = layout }
        deinit { vanban_object_unref(UnsafeMutableRawPointer(layout)) }
    }

    /// The Pango line to draw; valid while this object lives.
    func pangoLine(_ index: Int) -> UnsafeMutablePointer<PangoLayoutLine>? {
        pango_layout_get_line_readonly(layout, Int32(index))
    }

    private static func measureLines(_ layout: OpaquePointer, offset: Double) -> [Line] {
        var lines: [Line] = []
        guard let iterator = pango_layout_get_iter(layout) else { return lines }
        defer { pango_layout_iter_free(iterator) }
        let scale = Double(PANGO_SCALE)
        repeat {
            var logical = PangoRectangle()
            pango_layout_iter_get_line_extents(iterator, nil, &logical)
            let line = pango_layout_iter_get_line_readonly(iterator)!
            lines.append(Line(x: offset + Double(logical.x) / scale, width: Double(logical.width) / scale,
                              startIndex: Int(line.pointee.start_index), length: Int(line.pointee.length)))
        } while pango_layout_iter_next_line(iterator) != 0
        return lines
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

extension ShapedText {
    /// The shaped text as one string (the runs joined), whose UTF-8 offsets `boxes` takes.
    public var text: String {
        guard let start = pango_layout_get_text(layout) else { return "" }
        return String(cString: start)
    }

    /// Where a range of the text (UTF-8 byte offsets) was set: one box per line it falls on,
    /// `x` from the block's left edge, as drawn (indent, alignment and justification included).
    public func boxes(ofUTF8Range range: Range<Int>) -> [(line: Int, x: Double, width: Double)] {
        let scale = Double(PANGO_SCALE)
        func box(at index: Int) -> PangoRectangle {
            var rectangle = PangoRectangle()
            pango_layout_index_to_pos(layout, Int32(index), &rectangle)
            return rectangle
        }
        let bytes = Array(text.utf8)
        return lines.enumerated().compactMap { number, line in
            let start = max(range.lowerBound, line.startIndex)
            let end = min(range.upperBound, line.startIndex + line.length)
            guard start < end else { return nil }
            // The last character's first byte: step back over UTF-8 continuation bytes.
            var last = end - 1
            while last > start, bytes[last] & 0xC0 == 0x80 { last -= 1 }
            let left = paragraph.boxOffset + Double(box(at: start).x) / scale
            let lastBox = box(at: last)
            let right = paragraph.boxOffset + Double(lastBox.x + lastBox.width) / scale
            return (number, min(left, right), abs(right - left))
        }
    }
}
