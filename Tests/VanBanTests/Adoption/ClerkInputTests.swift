import VanBan
import VanBanInput
import VanBanModel
import XCTest

/// Input as Vietnamese clerks type it: dates day first with slashes, a `Lưu: VT` line left
/// unquoted, a tab from the editor. Each is read, or named for what it is at its place.
final class ClerkInputTests: XCTestCase {
    private func yaml(date: String = "2024-09-20", recipients: String = "  - Sở Giáo dục và Đào tạo;\n  - \"Lưu: VT.\"") -> String {
        """
        type: Kế hoạch
        issuer: { name: UBND }
        symbol: KH-UBND
        place: An Bình
        date: \(date)
        body: Nội dung./.
        recipients:
        \(recipients)
        """
    }

    private func diagnostics(_ text: String) -> [String] {
        do {
            _ = try TestSupport.document(yaml: text, file: "plan.yaml")
            XCTFail("the input should have been rejected")
        } catch let Composer.Failure.invalidInput(list) {
            return list.diagnostics.map(\.description)
        } catch {
            XCTFail("unexpected error \(error)")
        }
        return []
    }

    func testDatesAreReadDayFirstWithSlashes() throws {
        for (written, day, month, year) in [("03/03/2025", "03", "3", "2025"), ("3/3/2025", "03", "3", "2025"),
                                            ("31/12/2024", "31", "12", "2024"), ("5/02/2024", "05", "02", "2024"),
                                            ("2025-03-03", "03", "3", "2025")] {
            let document = try TestSupport.document(yaml: yaml(date: written))
            XCTAssertEqual(document.date, DocumentDate(day: day, month: month, year: year), written)
        }
        // The month first (an American habit) or a two-digit year is not guessed at.
        for written in ["12/31/2024", "03/03/25", "2025/03/03", "03/03/2025/1"] {
            let messages = diagnostics(yaml(date: written))
            XCTAssertEqual(messages, ["plan.yaml:5:7: error: date must be YYYY-MM-DD, DD/MM/YYYY or {day, month, year}, not '\(written)' "
                                      + "(hint: e.g. 2024-09-20 or 20/09/2024, or { day: \"\", month: 9, year: 2024 } to leave the day blank)"])
        }
    }

    func testTheSlashedDateIsPrinted() throws {
        let pdf = try TestSupport.pdfFile(try TestSupport.document(yaml: yaml(date: "03/03/2025")))
        XCTAssertTrue(try TestSupport.extractText(pdf).contains("An Bình, ngày 03 tháng 3 năm 2025"))
    }

    func testAnUnquotedLineWithAColonIsToldToBeQuoted() {
        let messages = diagnostics(yaml(recipients: "  - Sở Giáo dục và Đào tạo;\n  - Lưu: VT, VP."))
        XCTAssertEqual(messages, ["plan.yaml:9:5: error: 'Lưu: VT, VP.' was read as the key 'Lưu', not as a recipient "
                                  + "(hint: YAML reads a line with ': ' as a key and its value: put the line in quotes, \"Lưu: VT, VP.\")"])
        // The same in any list of text lines.
        let bases = diagnostics(yaml() + "\nbases:\n  - Căn cứ Luật Tổ chức chính quyền địa phương;\n  - Theo đề nghị: của Phòng Nội vụ.")
        XCTAssertEqual(bases.count, 1, bases.joined(separator: "\n"))
        XCTAssertTrue(bases[0].hasPrefix("plan.yaml:12:5: error: "), bases[0])
        XCTAssertTrue(bases[0].hasSuffix("(hint: YAML reads a line with ': ' as a key and its value: put the line in quotes, \"Theo đề nghị: của Phòng Nội vụ.\")"), bases[0])
    }

    func testATabInTheIndentationIsNamedAtItsPlace() {
        let messages = diagnostics(yaml(recipients: "  - Sở Giáo dục và Đào tạo;\n \t- \"Lưu: VT.\""))
        XCTAssertEqual(messages, ["plan.yaml:9:2: error: a tab in the indentation: YAML indents with spaces only "
                                  + "(hint: replace the tab with spaces (set the editor to insert spaces for Tab))"])
        let signer = diagnostics(yaml() + "\nsigner:\n\ttitle: CHỦ TỊCH\n\tname: Trần Văn Bình")
        XCTAssertEqual(signer.first?.hasPrefix("plan.yaml:11:1: error: a tab in the indentation"), true, signer.joined(separator: "\n"))
    }

    /// Excel set to Vietnamese saves "CSV UTF-8" with semicolons: the same units as with commas.
    func testASemicolonSeparatedCSVFromExcelIsRead() throws {
        let excel = "\u{FEFF}Tên đơn vị;Địa danh;Diện tích\r\n\"Trường TH Mường Mùn; điểm chính\";Tuần Giáo;1,5\r\nUBND xã Quài Tở;Tuần Giáo;12\r\n"
        let table = try UnitTable.parse(excel, file: "u.csv").get()
        XCTAssertEqual(table.columns, ["Tên đơn vị", "Địa danh", "Diện tích"])
        XCTAssertEqual(table.rows.map(\.values), [["Trường TH Mường Mùn; điểm chính", "Tuần Giáo", "1,5"],
                                                   ["UBND xã Quài Tở", "Tuần Giáo", "12"]])
        guard case let .failure(list) = UnitTable.parse("A;B\n1;2\n3\n", file: "u.csv") else { return XCTFail("a short row") }
        XCTAssertEqual(list.diagnostics.map(\.description),
                       ["u.csv:3:1: error: this row has 1 fields but the header has 2 columns (hint: a value containing a semicolon must be in double quotes)"])
        // Commas stay the separator of a header that has more of them (a name may hold a semicolon).
        XCTAssertEqual(try UnitTable.parse("Tên; tên khác,Xã\nA,B\n", file: "u.csv").get().columns, ["Tên; tên khác", "Xã"])
    }

    /// A key written twice (a clerk copying a line): named with its place, whichever Yams major
    /// version VanBan is built with (Yams 6 finds it while parsing, Yams 5 leaves it to VanBan).
    func testAKeyWrittenTwiceIsNamed() {
        let messages = diagnostics(yaml() + "\nsummary: Một\nsummary: Hai")
        XCTAssertEqual(messages.count, 1, messages.joined(separator: "\n"))
        XCTAssertTrue(messages.first?.hasPrefix("plan.yaml:") == true, messages.joined())
        XCTAssertTrue(messages.first?.contains("error: the key 'summary' appears twice in one mapping (hint: keep one of them)") == true,
                      messages.joined())
    }
}
