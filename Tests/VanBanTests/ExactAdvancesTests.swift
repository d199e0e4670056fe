import Foundation
import VanBan
import VanBanLayout
@testable import VanBanPDF
import XCTest

/// Text is set with the font's own advances (unrounded, unhinted), as a word processor sets it:
/// a line is as wide as the advances of its glyphs in the font file add up to, so widths,
/// centring and justification are those of the font.
final class ExactAdvancesTests: XCTestCase {
    /// The sum of the advances (`hmtx`) of the text's characters in a font file, at `size` points;
    /// `truncated`: each cut to whole thousandths of an em, as cairo 1.16 writes a PDF font's widths.
    private func advances(of text: String, font: String, size: Double, truncated: Bool = false) throws -> Double {
        let data = try Data(contentsOf: URL(fileURLWithPath: TestSupport.root + "/Fonts/" + font))
        let face = try TrueTypeFont(data: [UInt8](data))
        return try text.precomposedStringWithCanonicalMapping.unicodeScalars.reduce(0) { sum, scalar in
            let width = try XCTUnwrap(face.width(of: scalar), "no glyph for \(scalar)")
            return sum + (truncated ? width.rounded(.towardZero) : width) * size / 1000
        }
    }

    func testTheNationalTitleIsAsWideAsItsAdvancesInTheFrameAndInThePDF() throws {
        let title = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
        let expected = try advances(of: title, font: "LiberationSerif-Bold.ttf", size: 13)
        let document = try TestSupport.document(TestSupport.examples + "/dong-da.yaml")
        let page = try XCTUnwrap(TestSupport.composer.layout(document).first)
        let line = try XCTUnwrap(page.items(.nationalTitle).first)
        XCTAssertEqual(line.text, title)
        // Rounded to whole points, it was 264.0 pt wide where the advances add up to 271.2 pt.
        XCTAssertEqual(line.width, expected, accuracy: 0.1, "the line set in the frame")
        // Centred in the right column (30 + 65 mm to 30 + 165 mm) on the font's widths.
        let mm = TestSupport.mm
        XCTAssertEqual(line.x + line.width / 2, 30 * mm + 65 * mm + 50 * mm, accuracy: 0.01)

        // As drawn: from the first word's left edge to the last word's right edge in the PDF. It
        // starts where the frame says. Cairo 1.16 writes each glyph's width in whole thousandths
        // of an em, cut short, and moves the pen by those widths where Pango's glyphs follow one
        // another exactly: the drawn line is the truncated widths' sum, 0.17 pt short here.
        let words = try TestSupport.boundingBoxes(try TestSupport.pdfFile(document, name: "dong-da"))
        let first = try XCTUnwrap(words.firstIndex { $0.page == 1 && $0.text == "CỘNG" })
        let drawn = Array(words[first..<(first + 8)])
        XCTAssertEqual(drawn.map(\.text).joined(separator: " "), title)
        XCTAssertEqual(drawn[0].xMin, line.x, accuracy: 0.01)
        let truncated = try advances(of: title, font: "LiberationSerif-Bold.ttf", size: 13, truncated: true)
        XCTAssertEqual(drawn[7].xMax - drawn[0].xMin, truncated, accuracy: 0.01, "the line drawn in the PDF")
        XCTAssertEqual(drawn[7].xMax - drawn[0].xMin, expected, accuracy: Double(title.count) * 13 / 1000)
    }
}
