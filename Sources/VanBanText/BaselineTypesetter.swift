import CPangoCairo
import Foundation

/// The benchmark's yardstick: what Pango and Cairo alone need to shape and draw a document's text.
///
/// It is handed the paragraphs VanBan shaped (text, styles, size, width, alignment, indent) and
/// where each of their lines went, so it makes no decision of its own: it shapes every paragraph
/// once into a Pango layout, then draws each line at its place on a PDF surface set up exactly
/// like VanBan's (`Canvas`), page by page. Rules and table borders are left out: text only.
public final class BaselineTypesetter {
    /// Line `line` of paragraph `paragraph`, starting at `x`, on `baseline` (points from the top left).
    public struct LinePlacement: Sendable, Hashable {
        public var paragraph: Int
        public var line: Int
        public var x: Double
        public var baseline: Double

        public init(paragraph: Int, line: Int, x: Double, baseline: Double) {
            (self.paragraph, self.line, self.x, self.baseline) = (paragraph, line, x, baseline)
        }
    }

    public struct Page: Sendable, Hashable {
        public var width: Double
        public var height: Double
        public var lines: [LinePlacement]

        public init(width: Double, height: Double, lines: [LinePlacement]) {
            (self.width, self.height, self.lines) = (width, height, lines)
        }
    }

    private let context: TextContext

    /// Uses the context's Pango context and fonts, as VanBan does: one per thread.
    public init(context: TextContext) {
        self.context = context
    }

    /// Shapes the paragraphs and draws the placed lines; returns the PDF's bytes.
    public func pdf(paragraphs: [TextParagraph], pages: [Page], info: PDFInfo) throws -> Data {
        let layouts = paragraphs.map { $0.makeLayout(family: context.library.family, in: context.pango) }
        defer { layouts.forEach { vanban_object_unref(UnsafeMutableRawPointer($0)) } }
        let canvas = try Canvas(kind: .pdf(info))
        for page in pages {
            try canvas.beginPage(width: page.width, height: page.height)
            for placement in page.lines {
                guard let line = pango_layout_get_line_readonly(layouts[placement.paragraph], Int32(placement.line)) else {
                    continue
                }
                canvas.draw(line, x: placement.x, baseline: placement.baseline)
            }
            try canvas.endPage()
        }
        return try canvas.finish()
    }
}
