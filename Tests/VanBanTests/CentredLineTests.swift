import VanBan
import VanBanInput
import VanBanLayout
import XCTest

/// Centred elements that wrap are balanced (no word alone on the last line), issuer names print in
/// capitals without breaking inside an abbreviation, and the appendix reference names the issuer.
final class CentredLineTests: XCTestCase {
    let mm = TestSupport.mm

    func lines(_ page: PageFrame, _ part: FramePart) -> [String] {
        page.items(part).map { $0.text.trimmingCharacters(in: .whitespaces) }
    }

    /// Every line stands centred on the centre of the box it was set in.
    func assertCentred(_ items: [FrameItem], on centre: Double, file: StaticString = #filePath, line: UInt = #line) {
        for item in items {
            XCTAssertEqual(item.x + item.width / 2, centre, accuracy: 0.01, item.text, file: file, line: line)
        }
    }

    /// The first page of a small plan with these extra top-level keys (YAML lines).
    func firstPage(_ keys: String) throws -> PageFrame {
        let document = try TestSupport.document(yaml: """
            type: Kế hoạch
            issuer: { name: UBND }
            symbol: KH-UBND
            place: An Bình
            date: 2025-10-01
            \(keys)
            """)
        return try XCTUnwrap(TestSupport.composer.layout(document).first)
    }

    func testTheDongDaSummaryIsBalancedAndCentred() throws {
        let page = try XCTUnwrap(TestSupport.pages(TestSupport.examples + "/dong-da.yaml").first)
        let summary = page.items(.summary)
        XCTAssertEqual(summary.count, 2)
        // Greedy breaking left "Đông Đa" alone on the second line; the narrowest balanced break,
        // "suốt" / "đời”", split a compound word inside the quoted name.
        XCTAssertEqual(lines(page, .summary), ["Tổ chức “Tuần lễ hưởng ứng học tập suốt đời”", "năm 2024 trên địa bàn quận Đông Đa"])
        let widths = summary.map(\.width)
        XCTAssertLessThan(try XCTUnwrap(widths.max()) - (try XCTUnwrap(widths.min())), 60, "\(widths)")
        assertCentred(summary, on: 30 * mm + 165 * mm / 2)
        // The rule under it stays 1/3–1/2 of the (now narrower) longest line, centred.
        let rule = try XCTUnwrap(page.items(.summaryRule).first)
        XCTAssertEqual(rule.x + rule.width / 2, 30 * mm + 165 * mm / 2, accuracy: 0.01)
        XCTAssertEqual(rule.width / (try XCTUnwrap(widths.max())), 1.0 / 3, accuracy: 0.17)
    }

    func testTheDongDaAppendixReferenceLeavesNoWordAlone() throws {
        let pages = try TestSupport.pages(TestSupport.examples + "/dong-da.yaml")
        let page = try XCTUnwrap(pages.first { !$0.items(.appendixReference).isEmpty })
        let reference = lines(page, .appendixReference)
        // Set on the font's advances, its blanks' spaces are 3.5 pt (4 pt when glyph positions
        // were rounded to whole points) and the line fits the landscape text width whole; it took
        // two lines, balanced, before.
        XCTAssertEqual(reference.count, 1)
        XCTAssertTrue(reference.first?.hasPrefix("(Kèm theo Kế hoạch số:") == true, "\(reference)")
        XCTAssertTrue(reference.last?.hasSuffix("của UBND Quận Đống Đa)") == true, "\(reference)")
        assertCentred(page.items(.appendixReference), on: 30 * mm + 165 * mm / 2)
    }

    func testTheA5ProgrammeTitleKeepsTheYearWithItsWords() throws {
        let composer = try Composer(fontDirectory: TestSupport.root + "/Fonts",
                                    layoutPath: TestSupport.root + "/Layouts/a5-programme.yaml")
        let page = try XCTUnwrap(composer.layout(composer.read(path: TestSupport.examples + "/programme.yaml")).first)
        let summary = lines(page, .summary)
        XCTAssertEqual(summary.count, 2)
        XCTAssertGreaterThanOrEqual(summary[1].split(separator: " ").count, 4, "\(summary)")
        XCTAssertEqual(summary.joined(separator: " "), "LỄ KHAI MẠC TUẦN LỄ HƯỞNG ỨNG HỌC TẬP SUỐT ĐỜI NĂM 2023")
    }

    func testBalancingNeverCutsAWordThatFitsWhole() throws {
        // Narrower than the long word, Pango would cut it between letters and still make 2 lines.
        let word = String(repeating: "x", count: 60)
        let page = try firstPage("summary: \(word) năm 2020\nbody: Nội dung./.")
        XCTAssertEqual(lines(page, .summary), [word, "năm 2020"])
    }

    func testLinesBrokenByTheWriterStayAsWritten() throws {
        // Hard line breaks: each line is its own; balancing only narrows the box to the widest.
        let page = try XCTUnwrap(TestSupport.pages(TestSupport.examples + "/dong-da.yaml").first)
        XCTAssertEqual(lines(page, .issuer), ["ỦY BAN NHÂN DÂN", "QUẬN ĐỐNG ĐA"])
        assertCentred(page.items(.issuer), on: 30 * mm + 65 * mm / 2)
    }

    /// The Tuần Giáo form's unit names, typed in mixed case in the CSV, print in capitals, and no
    /// line of the issuer ends inside "GDNN-GDTX".
    func testAUnitsIssuerNamePrintsInCapitalsAndKeepsItsAbbreviationWhole() throws {
        let table = try UnitTable.parse(String(contentsOfFile: TestSupport.examples + "/tuan-giao-units.csv", encoding: .utf8),
                                        file: "tuan-giao-units.csv").get()
        let form = try String(contentsOfFile: TestSupport.examples + "/tuan-giao-form.yaml", encoding: .utf8)
        var checked = 0
        for row in table.rows {
            let document = try TestSupport.composer.read(text: form, file: "tuan-giao-form.yaml",
                                                         unit: UnitFields(table: table, row: row))
            let page = try XCTUnwrap(TestSupport.composer.layout(document).first)
            let issuer = lines(page, .issuer)
            XCTAssertEqual(issuer.joined(separator: " "), document.issuer.name.joined(separator: " ").uppercased())
            XCTAssertEqual(lines(page, .parent), ["UBND HUYỆN TUẦN GIÁO"])
            for line in issuer.dropLast() {
                XCTAssertFalse(line.hasSuffix("-"), "an issuer line ends at a hyphen: \(issuer)")
            }
            if issuer.joined().contains("GDNN-GDTX") { checked += 1 }
        }
        XCTAssertEqual(checked, 1, "the CSV has the Trung tâm GDNN-GDTX")
    }

    func testCapitalAbbreviationsWithAHyphenNeverBreakInBodyText() throws {
        // Filler words move the abbreviations across the end of the first line, one word at a time.
        for filler in 0..<30 {
            let text = String(repeating: "một ", count: filler) + "chuẩn bị cho Trường PTDTBT-THCS Quài Tở và Trung tâm GDNN-GDTX"
            let page = try firstPage("body: \(text)./.")
            for line in lines(page, .body).dropLast() {
                XCTAssertFalse(line.hasSuffix("PTDTBT-") || line.hasSuffix("GDNN-"), "filler \(filler): '\(line)'")
            }
        }
    }

    func testNumbersStayWithTheirWordAndMixedCaseSymbolsStayWhole() throws {
        // Filler words move each phrase across the end of the first line, one word at a time.
        let phrases = "theo Tờ trình số 12/TTr-UBND ngày 05 tháng 9 năm 2024 và Quyết định số 1373/QĐ-TTg, "
            + "Công văn số      /CTr-SGD ngày      tháng 10 năm 2024"
        var checked = 0
        for filler in 0..<40 {
            let page = try firstPage("body: \"\(String(repeating: "một ", count: filler))\(phrases)./.\"")
            for line in lines(page, .body).dropLast() {
                let last = line.split(separator: " ").last.map(String.init) ?? ""
                XCTAssertFalse(["số", "ngày", "tháng", "năm"].contains(last), "filler \(filler): '\(line)'")
                XCTAssertFalse(line.hasSuffix("TTr-") || line.hasSuffix("QĐ-") || line.hasSuffix("12/") || line.hasSuffix("1373/"),
                               "filler \(filler): '\(line)'")
                checked += 1
            }
        }
        XCTAssertGreaterThan(checked, 40)
    }

    func appendixReference(issuer: String) throws -> String {
        let document = try TestSupport.document(yaml: """
            type: Kế hoạch
            issuer: { name: \(issuer) }
            number: 83
            symbol: KH-UBND
            place: An Bình
            date: 2025-10-01
            body: Nội dung./.
            appendices:
              - { title: LỊCH TỔ CHỨC, body: Nội dung. }
            """)
        let page = try XCTUnwrap(TestSupport.composer.layout(document).first { $0.section == 1 })
        return lines(page, .appendixReference).joined(separator: " ")
    }

    /// nd30.md §6: "(Kèm theo Kế hoạch số … ngày … của Ủy ban nhân dân xã …)", the issuer in the
    /// capitalisation of running text (nd30-detail.md §6) whatever the header's capitals.
    func testTheAppendixReferenceNamesTheIssuerAsInASentence() throws {
        let cases: [(String, String)] = [
            ("[ỦY BAN NHÂN DÂN, HUYỆN TUẦN GIÁO]", "Ủy ban nhân dân huyện Tuần Giáo"),
            ("[ỦY BAN NHÂN DÂN, THỊ XÃ MỸ HÀO]", "Ủy ban nhân dân thị xã Mỹ Hào"),
            ("[ỦY BAN NHÂN DÂN, QUẬN 1]", "Ủy ban nhân dân Quận 1"),
            ("[ỦY BAN NHÂN DÂN, THÀNH PHỐ HỒ CHÍ MINH]", "Ủy ban nhân dân Thành phố Hồ Chí Minh"),
            ("TRƯỜNG THCS PHỦ THÔNG", "Trường THCS Phủ Thông"),
            ("TRUNG TÂM GDNN-GDTX HUYỆN TUẦN GIÁO", "Trung tâm GDNN-GDTX huyện Tuần Giáo"),
            ("UBND", "UBND"),
            ("[ỦY BAN NHÂN DÂN, THÀNH PHỐ PHAN RANG-THÁP CHÀM]", "Ủy ban nhân dân thành phố Phan Rang-Tháp Chàm"),
            ("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "Phòng Giáo dục và Đào tạo"),
            ("Phòng Giáo dục và Đào tạo huyện Bạch Thông", "Phòng Giáo dục và Đào tạo huyện Bạch Thông"),
        ]
        for (issuer, expected) in cases {
            XCTAssertEqual(try appendixReference(issuer: issuer),
                           "(Kèm theo Kế hoạch số 83/KH-UBND ngày 01 tháng 10 năm 2025 của \(expected))", issuer)
        }
    }
}
