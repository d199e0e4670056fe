import VanBanLayout
import XCTest

/// The page-1 header measured in points from the layout result (nd30.md §2).
final class HeaderGeometryTests: XCTestCase {
    let mm = TestSupport.mm

    func page1(_ example: String = "minimal.yaml") throws -> PageFrame {
        try XCTUnwrap(TestSupport.pages(TestSupport.examples + "/" + example).first)
    }

    func testPageIsA4Portrait() throws {
        let page = try page1()
        XCTAssertEqual(page.width, 210 * mm, accuracy: 0.01)
        XCTAssertEqual(page.height, 297 * mm, accuracy: 0.01)
    }

    func testMottoRuleIsExactlyAsLongAsTheMottoAndCentredUnderIt() throws {
        let page = try page1()
        let motto = try XCTUnwrap(page.items(.motto).first)
        let rule = try XCTUnwrap(page.items(.mottoRule).first)
        XCTAssertEqual(motto.text, "Độc lập - Tự do - Hạnh phúc")
        XCTAssertEqual(rule.width, motto.width, accuracy: 0.01)
        XCTAssertEqual(rule.x, motto.x, accuracy: 0.01)
        XCTAssertGreaterThan(rule.y, motto.y + 3, "the rule sits below the motto's descenders")
        XCTAssertLessThan(rule.y, motto.y + 10)
    }

    func testIssuerRuleIsFortyPercentOfTheIssuerLineAndCentredInTheLeftColumn() throws {
        let page = try page1()
        let issuer = page.items(.issuer)
        let rule = try XCTUnwrap(page.items(.issuerRule).first)
        let longest = try XCTUnwrap(issuer.map(\.width).max())
        XCTAssertEqual(rule.width, 0.4 * longest, accuracy: 0.01)
        XCTAssertEqual(rule.x + rule.width / 2, 30 * mm + 65 * mm / 2, accuracy: 0.01)
        XCTAssertGreaterThan(rule.y, try XCTUnwrap(issuer.last).y)
    }

    func testColumnsStartOnOneBaselineAndNumberSharesTheDateLine() throws {
        let page = try page1()
        let parent = try XCTUnwrap(page.items(.parent).first)
        let national = try XCTUnwrap(page.items(.nationalTitle).first)
        XCTAssertEqual(parent.y, national.y, accuracy: 0.01)
        let number = try XCTUnwrap(page.items(.number).first)
        let date = try XCTUnwrap(page.items(.date).first)
        XCTAssertEqual(number.y, date.y, accuracy: 0.01)
        XCTAssertEqual(number.text, "Số: 05/KH-UBND")
        XCTAssertEqual(date.text, "Mỹ Hào, ngày 05 tháng 02 năm 2024")
    }

    func testHeaderColumnsAreCentredInTheirColumns() throws {
        let page = try page1()
        let left = 30 * mm, split = left + 65 * mm, right = split + 100 * mm
        for item in page.items(.issuer) + page.items(.parent) + page.items(.number) {
            XCTAssertEqual(item.x + item.width / 2, (left + split) / 2, accuracy: 0.01, item.text)
        }
        for item in page.items(.nationalTitle) + page.items(.motto) + page.items(.date) {
            XCTAssertEqual(item.x + item.width / 2, (split + right) / 2, accuracy: 0.01, item.text)
        }
    }

    func testFirstBaselineSitsInsideTheTopMargin() throws {
        let page = try page1()
        let national = try XCTUnwrap(page.items(.nationalTitle).first)
        // The first line's box starts at the 20 mm margin: its baseline is about one ascent lower.
        XCTAssertEqual(national.y, 20 * mm + 13 * 0.891 + 13 * (1.15 - 1.107) / 2, accuracy: 0.3)
    }

    func testTitleAndSummaryAreCentredOnTheTextWidthWithARuleOfFortyPercent() throws {
        let page = try page1()
        let centre = 30 * mm + 165 * mm / 2
        let type = try XCTUnwrap(page.items(.type).first)
        XCTAssertEqual(type.text, "KẾ HOẠCH")
        XCTAssertEqual(type.x + type.width / 2, centre, accuracy: 0.01)
        let summary = page.items(.summary)
        XCTAssertFalse(summary.isEmpty)
        for line in summary { XCTAssertEqual(line.x + line.width / 2, centre, accuracy: 0.01) }
        let rule = try XCTUnwrap(page.items(.summaryRule).first)
        XCTAssertEqual(rule.width, 0.4 * summary.map(\.width).max()!, accuracy: 0.01)
        XCTAssertEqual(rule.x + rule.width / 2, centre, accuracy: 0.01)
        XCTAssertGreaterThan(type.y, try XCTUnwrap(page.items(.date).first).y + 12, "12 pt gap before the title")
    }

    func testBlankNumberAndDateKeepTheirWordsFindable() throws {
        let page = try page1("dong-da.yaml")
        let number = try XCTUnwrap(page.items(.number).first).text
        XCTAssertTrue(number.hasPrefix("Số: "), number)
        XCTAssertTrue(number.hasSuffix("/KH-UBND"), number)
        let date = try XCTUnwrap(page.items(.date).first).text
        XCTAssertTrue(date.hasPrefix("Đống Đa, ngày "), date)
        XCTAssertTrue(date.contains(" tháng "), date)
        XCTAssertTrue(date.hasSuffix("năm 2024"), date)
    }
}
