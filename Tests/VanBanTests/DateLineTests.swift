import Foundation
import VanBan
import VanBanLayout
import XCTest

/// The place-and-date line never wraps: one line of the right column at the layout's size (14 pt),
/// at the decree's lower size (13 pt) when only that fits, and refused at the place's line when
/// even that does not fit.
final class DateLineTests: XCTestCase {
    let mm = TestSupport.mm

    private func yaml(place: String) -> String {
        """
        type: Kế hoạch
        issuer: { name: [ỦY BAN NHÂN DÂN, THÀNH PHỐ PHAN RANG-THÁP CHÀM] }
        symbol: KH-UBND
        place: \(place)
        date: 2010-11-05
        body: Nội dung./.
        """
    }

    /// The date line's frame items and the size they were set at.
    private func dateLine(place: String) throws -> (lines: [FrameItem], size: Double) {
        let page = try XCTUnwrap(TestSupport.composer.layout(try TestSupport.document(yaml: yaml(place: place))).first)
        let lines = page.items(.date)
        guard case let .text(shaped, _)? = lines.first?.content else { throw XCTSkip("no date line") }
        return (lines, shaped.paragraph.size)
    }

    func testALongPlaceStaysOnOneLine() throws {
        let (lines, size) = try dateLine(place: "Phan Rang-Tháp Chàm")
        XCTAssertEqual(lines.map(\.text), ["Phan Rang-Tháp Chàm, ngày 05 tháng 11 năm 2010"])
        // At the layout's 14 pt it would be wider than the column: set at the decree's 13 pt.
        XCTAssertEqual(size, 13)
        let line = lines[0]
        XCTAssertLessThanOrEqual(line.width, 100 * mm)
        XCTAssertGreaterThan(line.width * 14 / 13, 100 * mm)
        XCTAssertEqual(line.x + line.width / 2, 30 * mm + 65 * mm + 50 * mm, accuracy: 0.01, "centred in the right column")

        // In the PDF: every word of it on one baseline, inside the right column.
        let pdf = try TestSupport.pdfFile(try TestSupport.document(yaml: yaml(place: "Phan Rang-Tháp Chàm")), name: "phan-rang")
        let words = try TestSupport.boundingBoxes(pdf)
        let first = try XCTUnwrap(words.firstIndex { $0.text == "Rang-Tháp" })
        let date = Array(words[(first - 1)..<(first + 8)])
        XCTAssertEqual(date.map(\.text).joined(separator: " "), "Phan Rang-Tháp Chàm, ngày 05 tháng 11 năm 2010")
        XCTAssertEqual(Set(date.map { ($0.yMax * 100).rounded() }).count, 1, "one line: \(date)")
        XCTAssertGreaterThanOrEqual(date[0].xMin, (30 + 65) * mm - 0.01)
        XCTAssertLessThanOrEqual(date[8].xMax, (30 + 165) * mm + 0.01)
    }

    func testAPlaceThatFitsAtTheLayoutsSizeKeepsIt() throws {
        let (lines, size) = try dateLine(place: "Tháp Chàm")
        XCTAssertEqual(lines.map(\.text), ["Tháp Chàm, ngày 05 tháng 11 năm 2010"])
        XCTAssertEqual(size, 14)
    }

    func testAPlaceTooLongEvenAtThirteenPointsIsRefusedAtItsLine() throws {
        let directory = TestSupport.temporaryDirectory()
        let input = directory + "/long-place.yaml"
        try yaml(place: "Thành phố Phan Rang-Tháp Chàm thuộc tỉnh Ninh Thuận").write(toFile: input, atomically: true, encoding: .utf8)
        let result = try TestSupport.vanban(["render", input, "-o", directory + "/out.pdf"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.error.hasPrefix("\(input):4:8: error: the place and date line is "), result.error)
        XCTAssertTrue(result.error.contains("at 13 pt, and must stay on one line of the 100.0 mm column"), result.error)
        XCTAssertFalse(FileManager.default.fileExists(atPath: directory + "/out.pdf"))
    }
}
