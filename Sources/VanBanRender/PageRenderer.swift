import Foundation
import VanBanLayout
import VanBanText

/// Draws page frames onto a canvas: a PDF, or PNG images. It only walks the frames; every
/// position was decided by layout.
public enum PageRenderer {
    public static func pdf(_ pages: [PageFrame], info: PDFInfo) throws -> Data {
        let canvas = try Canvas(kind: .pdf(info))
        try draw(pages, on: canvas)
        return try canvas.finish()
    }

    /// One PNG per page.
    public static func png(_ pages: [PageFrame], dpi: Double) throws -> [Data] {
        let canvas = try Canvas(kind: .png(dpi: dpi))
        try draw(pages, on: canvas)
        return canvas.pages
    }

    private static func draw(_ pages: [PageFrame], on canvas: Canvas) throws {
        // Outline entries open under the last entry one level up: ids by level, 0 is the root.
        var outlineParents: [Int32] = [0]
        for (index, page) in pages.enumerated() {
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
