import VanBanInput
import XCTest

/// The units file: RFC 4180 CSV, with problems reported by line.
final class UnitTableTests: XCTestCase {
    func testQuotedFieldsHoldCommasQuotesAndLineBreaks() throws {
        let text = "\u{FEFF}Tên đơn vị,Ghi chú\r\n\"Trường TH Mường Mùn, điểm chính\",\"nói \"\"có\"\"\"\r\nTrường MN Chiềng Sinh,\"dòng 1\r\ndòng 2\"\r\nUBND xã Quài Tở,\r\n"
        let table = try UnitTable.parse(text, file: "u.csv").get()
        XCTAssertEqual(table.columns, ["Tên đơn vị", "Ghi chú"], "the byte-order mark is not part of the first name")
        XCTAssertEqual(table.rows.map(\.values), [
            ["Trường TH Mường Mùn, điểm chính", "nói \"có\""],
            ["Trường MN Chiềng Sinh", "dòng 1\ndòng 2"],
            ["UBND xã Quài Tở", ""],
        ])
        XCTAssertEqual(table.rows.map(\.line), [2, 3, 5], "a row's line counts the line breaks inside quotes before it")
    }

    func testDecomposedTextIsReadAsNFC() throws {
        let table = try UnitTable.parse("Tên\nQua\u{300}i Tơ\u{309}\n", file: "u.csv").get()
        XCTAssertEqual(table.rows[0].values[0], "Quài Tở")
        XCTAssertEqual(table.rows[0].values[0].unicodeScalars.count, 7)
    }

    func testProblemsNameTheirLine() {
        func messages(_ text: String) -> [String] {
            guard case let .failure(list) = UnitTable.parse(text, file: "u.csv") else { return [] }
            return list.diagnostics.map(\.description)
        }
        XCTAssertEqual(messages("A,B\n1,2\n3\n"), [
            "u.csv:3:1: error: this row has 1 fields but the header has 2 columns (hint: a value containing a comma must be in double quotes)",
        ])
        XCTAssertEqual(messages("A,B\n1,\"2\n3,4\n"), ["u.csv:2:1: error: a quoted field is never closed (hint: add the closing double quote)"])
        XCTAssertEqual(messages("A,a\n1,2\n"), ["u.csv:1:1: error: the column 'a' appears twice in the header (hint: give every column its own name)"])
        XCTAssertEqual(messages("A,B\n"), ["u.csv:1:1: error: the units file has no units, only a header (hint: add one line per unit under the header)"])
        XCTAssertEqual(messages(""), ["u.csv:1:1: error: the units file is empty (hint: the first line names the columns, e.g. Tên đơn vị,Xã; each further line is one unit)"])
        XCTAssertEqual(messages("A\n\"x\"y\n"), ["u.csv:2:1: error: text after the closing quote of a field (hint: a quote inside a quoted field is written twice: \"\")"])
    }

    func testColumnsAreFoundWithoutCaseAndWithUnderscoresForSpaces() throws {
        let table = try UnitTable.parse("Tên đơn vị,Địa danh\nx,y\n", file: "u.csv").get()
        XCTAssertEqual(table.columnIndex("tên_đơn_vị"), 0)
        XCTAssertEqual(table.columnIndex(" ĐỊA DANH "), 1)
        XCTAssertNil(table.columnIndex("Tên đơn"))
        XCTAssertEqual(table.hint(forUnknownColumn: "Tên đơn vi", placeholder: true), "did you mean '{{Tên đơn vị}}'?")
        XCTAssertEqual(table.hint(forUnknownColumn: "ten_don_vi", placeholder: true), "did you mean '{{Tên đơn vị}}'?",
                       "typed without Vietnamese marks")
        XCTAssertEqual(table.hint(forUnknownColumn: "Xã", placeholder: false), "the columns of u.csv are Tên đơn vị, Địa danh")
    }
}
