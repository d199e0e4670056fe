import Foundation
import VanBanLayout
import VanBanText

/// Draws page frames onto a canvas: a PDF, or PNG images. It only walks the frames; every
/// position was decided by layout.
public enum PageRenderer {
    public static func pdf(_ pages: [PageFrame], info: PDFInfo) throws -> Data {
        let stream = try PDFPageStream(info: info)
        try stream.draw(pages)
        return try stream.finish()
    }

    /// One PNG per page.
    public static func png(_ pages: [PageFrame], dpi: Double) throws -> [Data] {
        let canvas = try Canvas(kind: .png(dpi: dpi))
        var outlineParents: [Int32] = [0]
        try draw(pages, on: canvas, numberedFrom: 1, outlineParents: &outlineParents)
        return canvas.pages
    }

    /// Draws pages numbered from `firstPage` (for bookmarks); `outlineParents` carries the outline
    /// from one call to the next when a document is drawn in parts (`PDFPageStream`).
    static func draw(_ pages: [PageFrame], on canvas: Canvas, numberedFrom firstPage: Int, outlineParents: inout [Int32]) throws {
        for (offset, page) in pages.enumerated() {
            let index = firstPage - 1 + offset
            try canvas.beginPage(width: page.width, height: page.height)
            for item in page.items {
                switch item.content {
                case let .text(shaped, line):
                    canvas.draw(shaped, line: line, x: item.x, baseline: item.y, ink: item.ink)
                case let .rule(x2, y2, thickness):
                    canvas.rule(from: item.x, item.y, to: x2, y2, thickness: thickness)
                case let .rectangle(width, height, thickness):
                    canvas.rectangle(x: item.x, y: item.y, width: width, height: height, thickness: thickness, ink: item.ink)
                case let .bookmark(title, level):
                    let depth = min(max(level, 1), outlineParents.count)
                    outlineParents.removeLast(outlineParents.count - depth)
                    outlineParents.append(canvas.addOutline(title, parent: outlineParents[depth - 1], page: index + 1, y: item.y))
                case let .image(png, width, height):
                    try canvas.image(png: png, x: item.x, y: item.y, width: width, height: height)
                case .region:
                    break
                case .blank:
                    break   // a place for the reader's hand or a form field, not ink
                }
            }
            try canvas.endPage()
        }
    }
}

/// A PDF drawn a few pages at a time: many documents' copies go into one bundle while only the
/// pages being drawn are in memory, not the layout of every copy.
public final class PDFPageStream {
    private let canvas: Canvas
    // Outline entries open under the last entry one level up: ids by level, 0 is the root.
    private var outlineParents: [Int32] = [0]
    public private(set) var pageCount = 0

    /// - Parameter output: where the bytes go as they are made (see `Canvas`); nil keeps them for `finish`.
    public init(info: PDFInfo, output: ((UnsafeRawBufferPointer) -> Bool)? = nil) throws {
        canvas = try Canvas(kind: .pdf(info), output: output)
    }

    public func draw(_ pages: [PageFrame]) throws {
        try PageRenderer.draw(pages, on: canvas, numberedFrom: pageCount + 1, outlineParents: &outlineParents)
        pageCount += pages.count
    }

    /// The PDF's bytes as Cairo wrote them (none when they went to an `output`).
    public func finish() throws -> Data { try canvas.finish() }
}
