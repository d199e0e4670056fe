import Foundation
import VanBan
import VanBanLayout
import VanBanModel
import XCTest

/// The ceremony programme block, the A5 handout layout and two copies per landscape A4 sheet.
final class ProgrammeTests: XCTestCase {
    static let programme = """
        type: Chương trình
        issuer: { name: [ỦY BAN NHÂN DÂN, HUYỆN BẠCH THÔNG] }
        symbol: CTr-UBND
        place: Bạch Thông
        date: 2023-09-26
        body:
          - programme:
              title: [CHƯƠNG TRÌNH, LỄ KHAI MẠC]
              time: 07h30 ngày 02/10/2023
              place: Trường THCS Phủ Thông
              items:
                - [7h00-7h30, Đón tiếp đại biểu., Phòng GD&ĐT]
                - Giải lao
                - [9h30, Tổ chức các hoạt động hưởng ứng]
        """

    func testItemsBecomeANumberedTableWhoseLastRowSpans() throws {
        let document = try TestSupport.document(yaml: Self.programme)
        guard case let .paragraph(title) = document.body[0], case let .paragraph(time) = document.body[2],
              case let .paragraph(place) = document.body[3], case let .table(table) = document.body[4] else {
            return XCTFail("title, time, place, table: \(document.body)")
        }
        XCTAssertEqual(title.text.runs, [StyledText.Run("CHƯƠNG TRÌNH", bold: true)])
        XCTAssertEqual(title.alignment, .center)
        XCTAssertEqual(time.text.runs, [StyledText.Run("Thời gian: ", bold: true), StyledText.Run("07h30 ngày 02/10/2023")])
        XCTAssertEqual(place.text.plain, "Địa điểm: Trường THCS Phủ Thông")
        XCTAssertEqual(table.headerRows.map { $0.map(\.text.plain) }, [["STT", "Thời gian", "Nội dung", "Thực hiện"]])
        XCTAssertEqual(table.rows.map { $0.map(\.text.plain) }, [
            ["1", "7h00-7h30", "Đón tiếp đại biểu.", "Phòng GD&ĐT"],
            ["Giải lao"],
            ["2", "9h30", "Tổ chức các hoạt động hưởng ứng"],
        ], "a break is not numbered")
        XCTAssertEqual(table.rows.map { $0.map(\.columnSpan) }, [[1, 1, 1, 1], [4], [1, 1, 2]])
    }

    func testAWrongItemIsReportedWhereItIs() throws {
        let text = Self.programme.replacingOccurrences(of: "- Giải lao", with: "- [a, b, c, d]")
        XCTAssertThrowsError(try TestSupport.document(yaml: text)) { error in
            XCTAssertEqual("\(error)", "test.yaml:13:11: error: an item of a programme has 1 to 3 values, not 4 (hint: [time, content, performer]; [time, content] spans the last two columns)")
        }
    }

    func testTheProgrammeReadsBackAsAnAppendixAndStandalone() throws {
        for example in ["bach-thong.yaml", "programme.yaml"] {
            let pdf = try TestSupport.pdfFile(TestSupport.document(TestSupport.examples + "/" + example))
            // -raw: the order of drawing, row by row, rather than pdftotext's guess at columns.
            let text = TestSupport.folded(try TestSupport.run("pdftotext", ["-raw", "-enc", "UTF-8", pdf, "-"]).output)
            for expected in ["CHƯƠNG TRÌNH LỄ KHAI MẠC TUẦN LỄ HƯỞNG ỨNG HỌC TẬP SUỐT ĐỜI NĂM 2023",
                             "Thời gian: 07h30 ngày 02/10/2023", "STT Thời gian Nội dung Thực hiện",
                             "1 7h00-7h30 Đón tiếp đại biểu.", "8 9h30 Tổ chức một hoặc một số hoạt động"] {
                XCTAssertTrue(text.contains(expected), "\(example): \(expected)")
            }
        }
    }

    func testTheA5HandoutAndTwoCopiesPerA4Sheet() throws {
        let directory = TestSupport.temporaryDirectory()
        let input = TestSupport.examples + "/programme.yaml", layout = TestSupport.root + "/Layouts/a5-programme.yaml"
        var result = try TestSupport.vanban(["render", input, "--layout", layout, "-o", directory + "/a5.pdf"])
        XCTAssertEqual(result.status, 0, result.error)
        XCTAssertEqual(result.error, "", "the decree's A4 margin ranges are not applied to A5")
        XCTAssertEqual(try TestSupport.pdfInfo(directory + "/a5.pdf")["Page size"], "419.528 x 595.276 pts")
        let a5Words = try TestSupport.boundingBoxes(directory + "/a5.pdf")
        XCTAssertTrue(a5Words.allSatisfy { $0.xMin >= 14 * TestSupport.mm - 0.5 && $0.xMax <= (148 - 11) * TestSupport.mm + 0.5 },
                      "every word inside the A5 margins")
        // The STT and time columns fit A5's sizes: each time reads back whole, on one line.
        let times = ["7h00-7h30", "7h30-8h00", "8h00-8h10", "8h10-8h25", "8h35-8h45", "8h45-9h00", "9h00-9h30"]
        XCTAssertEqual(times.filter { time in !a5Words.contains { $0.text == time } }, [], "times wrapped")
        // …and no wider: the longest time is one paddingX (3.5 pt in a5-programme.yaml) from each border.
        let longest = a5Words.first { $0.text == "8h45-9h00" }!, content = a5Words.first { $0.text == "Phát" }!
        XCTAssertEqual(content.xMin - longest.xMax, 2 * 3.5, accuracy: 1.5, "the content column starts right after the times")

        result = try TestSupport.vanban(["render", input, "--layout", layout, "--two-up", "--cut-marks", "-o", directory + "/sheet.pdf"])
        XCTAssertEqual(result.status, 0, result.error)
        XCTAssertEqual(try TestSupport.pdfInfo(directory + "/sheet.pdf")["Page size"], "841.89 x 595.276 pts (A4)")
        XCTAssertEqual(try TestSupport.run("qpdf", ["--check", directory + "/sheet.pdf"]).status, 0)
        // Each word of the A5 page appears twice: moved by the half-sheet inset, then by half the sheet.
        let half = 297 * TestSupport.mm / 2, inset = (half - 148 * TestSupport.mm) / 2
        let sheetWords = try TestSupport.boundingBoxes(directory + "/sheet.pdf")
        XCTAssertEqual(sheetWords.count, 2 * a5Words.count)
        for word in a5Words {
            for dx in [inset, half + inset] {
                XCTAssertTrue(sheetWords.contains { $0.text == word.text && abs($0.xMin - word.xMin - dx) < 0.05 && abs($0.yMin - word.yMin) < 0.05 },
                              "\(word.text) at \(word.xMin + dx)")
            }
        }
        result = try TestSupport.vanban(["render", input, "--cut-marks", "-o", directory + "/x.pdf"])
        XCTAssertEqual(result.status, 64)
        XCTAssertTrue(result.error.contains("--cut-marks goes with --two-up"), result.error)
    }

    func testCutMarksSitOnTheCentreLineAtTheSheetsEdges() throws {
        let pages = try TestSupport.pages(TestSupport.examples + "/programme.yaml")
        let sheet = try XCTUnwrap(TwoUp.sheets(pages, cutMarks: true).first)
        let marks = sheet.items(.cutMark).compactMap { item -> (Double, Double, Double, Double)? in
            guard case let .rule(x2, y2, _) = item.content else { return nil }
            return (item.x, item.y, x2, y2)
        }
        XCTAssertEqual(sheet.width, 2 * pages[0].width, "an A4 page is too large for A4: the sheet is two pages wide")
        XCTAssertEqual(marks.count, 2)
        for mark in marks {
            XCTAssertEqual(mark.0, sheet.width / 2)
            XCTAssertEqual(mark.2, sheet.width / 2)
            XCTAssertEqual(abs(mark.3 - mark.1), 5 * TestSupport.mm, accuracy: 0.001)
        }
        XCTAssertEqual(Set(marks.map { min($0.1, $0.3) }), [0, sheet.height - 5 * TestSupport.mm])
        XCTAssertTrue(TwoUp.sheets(pages, cutMarks: false)[0].items(.cutMark).isEmpty)
    }
}
