import Foundation
import VanBanInput
import VanBanModel
import XCTest

/// The messages about a document, a layout and a units table, read as a văn thư meets them in
/// Vietnamese: each bad input decoded through the library, its diagnostics printed in Vietnamese
/// (the same place, the words translated, no English left) and in English exactly as before.
final class InputMessagesVietnameseTests: XCTestCase {
    /// A complete small document; each case changes one line of it.
    private let document = """
        type: Kế hoạch
        issuer: ỦY BAN NHÂN DÂN XÃ MƯỜNG ẢNG
        number: 5
        symbol: KH-UBND
        place: Mường Ảng
        date: 2024-02-05
        summary: Tổ chức Tuần lễ học tập suốt đời
        body: |
          1. Mục đích
          Nâng cao nhận thức./.
        recipients:
          - Sở Giáo dục và Đào tạo;
          - "Lưu: VT."
        signer:
          title: CHỦ TỊCH
          name: Lò Văn Hùng

        """

    private func documentProblems(replacing old: String, with new: String,
                                  file: StaticString = #filePath, line: UInt = #line) -> [Diagnostic] {
        let text = document.replacingOccurrences(of: old, with: new)
        XCTAssertNotEqual(text, document, "the case changes nothing", file: file, line: line)
        guard case let .failure(list) = DocumentReader.read(text: text, file: "kh.yaml") else {
            XCTFail("the document should be refused", file: file, line: line)
            return []
        }
        return list.diagnostics
    }

    /// The one diagnostic of a case, in both languages.
    private func assertReads(_ diagnostics: [Diagnostic], english: String, vietnamese: String,
                             file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(diagnostics.count, 1, diagnostics.map(\.description).joined(separator: "\n"), file: file, line: line)
        guard let diagnostic = diagnostics.first else { return }
        XCTAssertEqual(diagnostic.description, english, "the English is what it always was", file: file, line: line)
        XCTAssertEqual(diagnostic.text(.vietnamese), vietnamese, file: file, line: line)
        assertNoEnglish(diagnostic.text(.vietnamese), file: file, line: line)
    }

    /// Words of the English messages that must not be left in a Vietnamese one, after the place
    /// (a file's path is what it is). What is quoted ('a: b', `key: value`) and key paths
    /// (text.lineSpacing) are the input's own; units (`in` for inches) and loan words a văn thư
    /// uses (Tab, Excel) are not among the words.
    private func assertNoEnglish(_ text: String, file: StaticString = #filePath, line: UInt = #line) {
        let english: Set<String> = ["the", "a", "an", "of", "is", "not", "must", "be", "or", "error", "warning", "hint",
                                    "did", "you", "mean", "unknown", "key", "value", "file", "line", "column", "row",
                                    "sheet", "cell", "text", "needs", "write", "it", "quotes", "cannot", "read", "mapping",
                                    "values", "allowed", "found", "expected", "while", "scanning", "parsing"]
        let start = [": lỗi: ", ": cảnh báo: "].compactMap { text.range(of: $0)?.upperBound }.min()
        var message = String(start.map { text[$0...] } ?? text[...])
        for quoted in [#"'[^']*'"#, #""[^"]*""#, "`[^`]*`", #"\w+(\.\w+)+"#] {
            message = message.replacingOccurrences(of: quoted, with: " ", options: .regularExpression)
        }
        let words = message.split { !$0.isLetter }.map { $0.lowercased() }
        let left = words.filter(english.contains)
        XCTAssertEqual(left, [], "English words left in: \(text)", file: file, line: line)
    }

    func testAMisspeltKeyIsAskedAboutInVietnamese() {
        assertReads(documentProblems(replacing: "symbol: KH-UBND", with: "symbl: KH-UBND"),
                    english: "kh.yaml:4:1: error: unknown key 'symbl' in the document (hint: did you mean 'symbol'?)",
                    vietnamese: "kh.yaml:4:1: lỗi: khóa 'symbl' không dùng được trong văn bản (gợi ý: có phải ý bạn là 'symbol'?)")
    }

    func testAValueOfTheWrongKindIsNamedInVietnamese() {
        assertReads(documentProblems(replacing: "summary: Tổ chức Tuần lễ học tập suốt đời", with: "summary: [Tổ chức, Tuần lễ]"),
                    english: "kh.yaml:7:10: error: summary must be text, not a list",
                    vietnamese: "kh.yaml:7:10: lỗi: summary phải là chuỗi, không phải một danh sách")
        assertReads(documentProblems(replacing: "signer:\n  title: CHỦ TỊCH\n  name: Lò Văn Hùng", with: "signer: Lò Văn Hùng"),
                    english: "kh.yaml:14:9: error: signer must be a mapping of keys to values, not a single value "
                        + "(hint: write it as `key: value` lines (YAML) or an object (JSON))",
                    vietnamese: "kh.yaml:14:9: lỗi: signer phải là một bảng khóa (các dòng `khóa: giá trị`), không phải một giá trị đơn "
                        + "(gợi ý: viết thành các dòng `khóa: giá trị` (YAML) hoặc một đối tượng { … } (JSON))")
    }

    func testATabInTheIndentationIsSaidInVietnamese() {
        assertReads(documentProblems(replacing: "  name: Lò Văn Hùng", with: "\tname: Lò Văn Hùng"),
                    english: "kh.yaml:16:1: error: a tab in the indentation: YAML indents with spaces only "
                        + "(hint: replace the tab with spaces (set the editor to insert spaces for Tab))",
                    vietnamese: "kh.yaml:16:1: lỗi: có ký tự tab ở đầu dòng: YAML chỉ thụt lề bằng dấu cách "
                        + "(gợi ý: thay tab bằng dấu cách (đặt trình soạn thảo chèn dấu cách khi bấm phím Tab))")
    }

    func testAnUnquotedStorageLineIsToldToBeQuotedInVietnamese() {
        assertReads(documentProblems(replacing: "  - \"Lưu: VT.\"", with: "  - Lưu: VT."),
                    english: "kh.yaml:13:5: error: 'Lưu: VT.' was read as the key 'Lưu', not as a recipient "
                        + "(hint: YAML reads a line with ': ' as a key and its value: put the line in quotes, \"Lưu: VT.\")",
                    vietnamese: "kh.yaml:13:5: lỗi: 'Lưu: VT.' bị đọc thành khóa 'Lưu', không phải một nơi nhận "
                        + "(gợi ý: YAML đọc một dòng có ': ' thành một khóa và giá trị của nó: "
                        + "hãy đặt cả dòng trong dấu ngoặc kép, \"Lưu: VT.\")")
    }

    /// libyaml's own words inside the message are Vietnamese too: the syntax error a clerk meets
    /// most, ': ' in an unquoted value, and a JSON file cut short.
    func testASyntaxErrorIsExplainedInVietnamese() {
        assertReads(documentProblems(replacing: "summary: Tổ chức", with: "summary: Về việc: tổ chức"),
                    english: "kh.yaml:7:17: error: YAML syntax: mapping values are not allowed in this context "
                        + "(hint: check indentation, and quote text that contains ': ' or starts with a special character)",
                    vietnamese: "kh.yaml:7:17: lỗi: cú pháp YAML: không được có giá trị (sau ': ') ở chỗ này "
                        + "(gợi ý: kiểm tra thụt lề, và đặt trong dấu ngoặc kép chuỗi nào có ': ' hoặc bắt đầu bằng một ký tự đặc biệt)")
        guard case let .failure(list) = DocumentReader.read(text: "{\"type\": \"Kế hoạch\", \"symbol\": \"KH-UB", file: "kh.json") else {
            return XCTFail("a JSON file cut short should be refused")
        }
        assertReads(list.diagnostics,
                    english: "kh.json:1:38: error: JSON syntax: found unexpected end of stream while scanning a quoted scalar "
                        + "(hint: check for a missing quote, comma or closing bracket; a truncated file ends too early)",
                    vietnamese: "kh.json:1:38: lỗi: cú pháp JSON: tệp kết thúc khi chưa đọc xong, khi đọc một chuỗi trong dấu ngoặc kép "
                        + "(gợi ý: xem có thiếu dấu ngoặc kép, dấu phẩy hay dấu đóng ngoặc không; tệp bị cắt cụt thì kết thúc quá sớm)")
    }

    func testADateThatIsNoDateShowsTheVietnameseWayToWriteIt() {
        assertReads(documentProblems(replacing: "date: 2024-02-05", with: "date: 31/13/2024"),
                    english: "kh.yaml:6:7: error: date must be YYYY-MM-DD, DD/MM/YYYY or {day, month, year}, not '31/13/2024' "
                        + "(hint: e.g. 2024-09-20 or 20/09/2024, or { day: \"\", month: 9, year: 2024 } to leave the day blank)",
                    vietnamese: "kh.yaml:6:7: lỗi: date phải viết theo dạng YYYY-MM-DD, DD/MM/YYYY hoặc {day, month, year}, "
                        + "không phải '31/13/2024' (gợi ý: ví dụ 2024-09-20 hoặc 20/09/2024, "
                        + "hoặc { day: \"\", month: 9, year: 2024 } để trống ngày)")
    }

    func testANumberOutOfRangeIsSaidInVietnamese() {
        assertReads(documentProblems(replacing: "number: 5", with: "number: 1000000"),
                    english: "kh.yaml:3:9: error: number 1000000 is out of range: it must be from 1 to 999 999 "
                        + "(hint: text that is not a number goes in quotes)",
                    vietnamese: "kh.yaml:3:9: lỗi: number 1000000 nằm ngoài khoảng cho phép: phải từ 1 đến 999 999 "
                        + "(gợi ý: nội dung không phải là số thì đặt trong dấu ngoặc kép)")
    }

    func testALayoutValueIsCorrectedInVietnamese() throws {
        let layout = try String(contentsOfFile: TestSupport.root + "/Layouts/nd30.yaml", encoding: .utf8)
        let path = TestSupport.temporaryDirectory() + "/a5.yaml"
        try layout.replacingOccurrences(of: "  left: 30mm", with: "  left: ba phân").write(toFile: path, atomically: true, encoding: .utf8)
        guard case let .failure(list) = LayoutReader.read(path: path) else { return XCTFail("the layout should be refused") }
        let line = try XCTUnwrap(layout.components(separatedBy: "\n").firstIndex { $0.hasPrefix("  left: 30mm") }) + 1
        assertReads(list.diagnostics,
                    english: "\(path):\(line):9: error: page.left must be a length such as 20mm, 1.5cm or 14pt, not 'ba phân' "
                        + "(hint: write a number followed by mm, cm, pt or in)",
                    vietnamese: "\(path):\(line):9: lỗi: page.left phải là một độ dài như 20mm, 1.5cm hoặc 14pt, không phải 'ba phân' "
                        + "(gợi ý: viết một số, tiếp theo là mm, cm, pt hoặc in)")
    }

    func testAUnitsTableWithSemicolonsAsksForQuotesInVietnamese() {
        guard case let .failure(list) = UnitTable.parse("Tên đơn vị;Xã\nUBND xã Ẳng Nưa;Ẳng Nưa;thừa\n", file: "units.csv") else {
            return XCTFail("a row longer than the header should be refused")
        }
        assertReads(list.diagnostics,
                    english: "units.csv:2:1: error: this row has 3 fields but the header has 2 columns "
                        + "(hint: a value containing a semicolon must be in double quotes)",
                    vietnamese: "units.csv:2:1: lỗi: hàng này có 3 ô nhưng dòng tiêu đề có 2 cột "
                        + "(gợi ý: giá trị có dấu chấm phẩy phải đặt trong dấu ngoặc kép)")
    }

    func testAPlaceholderOfAColumnTypedWithoutMarksIsCorrectedInVietnamese() throws {
        let units = try UnitTable.parse("Tên đơn vị,Xã\nUBND xã Ẳng Nưa,Ẳng Nưa\n", file: "units.csv").get()
        let text = document.replacingOccurrences(of: "place: Mường Ảng", with: "place: \"{{Xa}} và {{Ten don vi}}\"")
        guard case let .failure(list) = DocumentReader.read(text: text, file: "kh.yaml",
                                                            unit: UnitFields(table: units, row: units.rows.first)) else {
            return XCTFail("an unknown column should be refused")
        }
        assertReads(list.diagnostics.filter { $0.message.contains("Ten don vi") },
                    english: "kh.yaml:5:19: error: unknown column 'Ten don vi' in a placeholder of place "
                        + "(hint: did you mean '{{Tên đơn vị}}'?)",
                    vietnamese: "kh.yaml:5:19: lỗi: cột 'Ten don vi' trong một chỗ điền của place không có trong bảng đơn vị "
                        + "(gợi ý: có phải ý bạn là '{{Tên đơn vị}}'?)")
    }

    func testAWorkbookThatIsNoWorkbookIsSaidInVietnamese() throws {
        let path = TestSupport.temporaryDirectory() + "/units.xlsx"
        try Data("Tên đơn vị,Xã\n".utf8).write(to: URL(fileURLWithPath: path))
        guard case let .failure(list) = UnitTable.read(path: path) else { return XCTFail("a CSV named .xlsx should be refused") }
        assertReads(list.diagnostics,
                    english: "\(path):1:1: error: the units workbook cannot be read: it is not a ZIP file (an .xlsx workbook is one) "
                        + "(hint: open it in Excel and save it again as \"Excel Workbook (.xlsx)\")",
                    vietnamese: "\(path):1:1: lỗi: không đọc được tệp Excel đơn vị: đây không phải tệp ZIP (tệp Excel .xlsx là một tệp ZIP) "
                        + "(gợi ý: mở tệp bằng Excel rồi lưu lại thành \"Excel Workbook (.xlsx)\")")
    }

    /// A cell holding a spreadsheet error (#DIV/0!), in a workbook written by Python's own zipfile
    /// the way Excel lays one out: the sheet and the cell named in Vietnamese.
    func testAWorkbookCellErrorNamesTheSheetAndCellInVietnamese() throws {
        let path = TestSupport.temporaryDirectory() + "/units.xlsx"
        let write = """
            import sys, zipfile
            main = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
            relations = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
            with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as book:
                book.writestr("xl/workbook.xml", '<workbook %s %s><sheets><sheet name="Đơn vị" sheetId="1" r:id="rId1"/></sheets></workbook>' % (main, relations))
                book.writestr("xl/_rels/workbook.xml.rels", '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                    '<Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>')
                book.writestr("xl/worksheets/sheet1.xml", '<worksheet %s><sheetData>'
                    '<row r="1"><c r="A1" t="inlineStr"><is><t>Tên đơn vị</t></is></c><c r="B1" t="inlineStr"><is><t>Số hộ</t></is></c></row>'
                    '<row r="2"><c r="A2" t="inlineStr"><is><t>Ẳng Nưa</t></is></c><c r="B2" t="e"><f>1/0</f><v>#DIV/0!</v></c></row>'
                    '</sheetData></worksheet>' % main)
            """
        let result = try TestSupport.run("python3", ["-c", write, path])
        XCTAssertEqual(result.status, 0, result.error)
        guard case let .failure(list) = UnitTable.read(path: path) else { return XCTFail("a cell error should be refused") }
        assertReads(list.diagnostics,
                    english: "\(path):2:2: error: sheet 'Đơn vị', cell B2 holds the spreadsheet error #DIV/0! "
                        + "(hint: correct the formula or type the value)",
                    vietnamese: "\(path):2:2: lỗi: trang tính 'Đơn vị', ô B2 chứa lỗi bảng tính #DIV/0! "
                        + "(gợi ý: sửa công thức hoặc gõ thẳng giá trị)")
    }

    /// Many kinds of mistake, each in every part of a document a reader decodes (tables, the
    /// programme, marks, a paper copy, appendices, signers, details, dates, text hygiene), a
    /// layout and a units table: every message is located where its English is and reads
    /// without English words.
    func testEveryKindOfMistakeReadsInVietnamese() throws {
        let edits: [(String, String)] = [
            ("body: |\n  1. Mục đích\n  Nâng cao nhận thức./.", "body:\n  - pargraph: Nội dung"),
            ("body: |\n  1. Mục đích\n  Nâng cao nhận thức./.", "body:\n  - table: { columns: [A, B], rows: [[x], [y, z, t]] }"),
            ("body: |\n  1. Mục đích\n  Nâng cao nhận thức./.", "body:\n  - table: { columns: [{ head: A, width: rộng }], rows: [[x]] }"),
            ("body: |\n  1. Mục đích\n  Nâng cao nhận thức./.", "body:\n  - table: { columns: [A], rows: [[{ text: x, rowspan: 3 }]], repeat: 9 }"),
            ("body: |\n  1. Mục đích\n  Nâng cao nhận thức./.", "body:\n  - { paragraph: Nội dung, align: giữa, indent: có }"),
            ("body: |\n  1. Mục đích\n  Nâng cao nhận thức./.", "body:\n  - { lines: 0 }"),
            ("body: |\n  1. Mục đích\n  Nâng cao nhận thức./.", "body:\n  - programme: { heads: [A, B], items: [[7h, a, b, c]] }"),
            ("body: |\n  1. Mục đích\n  Nâng cao nhận thức./.", "body: { a: b }"),
            ("number: 5", "number: 5.5\nmarks: { secrecy: HỎA TỐC, urgency: KHẨN CẤP, circulation: MẬT }"),
            ("number: 5", "number: 5\nmarks: { copies: 300, footer: [{ a: b }] }"),
            ("number: 5", "number: 5\nmarks: { typist: P.L 3, copies: nhiều }"),
            ("number: 5", "number: 5\ncopy: { kind: sao chép, issuer: X, date: 2024-13-01 }"),
            ("number: 5", "number: 5\ndetails: { time: 8 giờ }"),
            ("number: 5", "number: 5\nappendices: [{ title: Phụ lục, orientation: ngang }]\nattachment: { type: Quy chế }"),
            ("number: 5", "number: 5\npdf: { created: hôm qua, author: [A] }"),
            ("signer:\n  title: CHỦ TỊCH\n  name: Lò Văn Hùng", "signers: [{ name: A }, { name: B }, { title: C }]"),
            ("signer:\n  title: CHỦ TỊCH\n  name: Lò Văn Hùng", "signer: { nam: A }\nsigners: []"),
            ("date: 2024-02-05", "date: { day: 32, month: 0, year: 99999999999999999999, week: 1 }"),
            ("type: Kế hoạch", "type: \"\""),
            ("type: Kế hoạch", "type: Giấy mời\ndetails: { tme: 8 giờ }"),
            ("issuer: ỦY BAN NHÂN DÂN XÃ MƯỜNG ẢNG", "issuer: { nam: X }"),
            ("recipients:\n  - Sở Giáo dục và Đào tạo;\n  - \"Lưu: VT.\"", "recipients: { a: b }"),
            ("recipients:\n  - Sở Giáo dục và Đào tạo;\n  - \"Lưu: VT.\"", "recipients:\n  - { group: A, itms: [b] }"),
            ("summary: Tổ chức", "summary: \"Tổ\\u0007chức\\u202Emột \" \nbases: [[a]]\nsummary2: x\nsummary3: x"),
            ("summary: Tổ chức", "summary: {{Tên}} chức"),
            ("place: Mường Ảng", "place: Mường Ảng\nplace: Điện Biên"),
        ]
        var texts: [(english: String, vietnamese: String)] = []
        for (old, new) in edits {
            let diagnostics = documentProblems(replacing: old, with: new)
            XCTAssertFalse(diagnostics.isEmpty, "no problem found after writing \(new)")
            texts += diagnostics.map { ($0.description, $0.text(.vietnamese)) }
        }
        for text in ["", "type: Kế hoạch\0\n", "[a, {b: [c", "a: &x 1\nb: *y\n"] {
            guard case let .failure(list) = DocumentReader.read(text: text, file: "kh.yaml") else { XCTFail(text); continue }
            texts += list.diagnostics.map { ($0.description, $0.text(.vietnamese)) }
        }

        let layout = try String(contentsOfFile: TestSupport.root + "/Layouts/nd30.yaml", encoding: .utf8)
        for (old, new) in [("  left: 30mm", "  left: 190mm"), ("  top: 20mm", "  top: 15mm\n  gutter: 2mm"),
                           ("  lineSpacing: 1.0", "  lineSpacing: 3"), ("  top: 20mm", "  top: 600mm"),
                           ("  left: 30mm", "  left: 30mm\n  rigth: 1mm"), ("  right: 15mm", "  right: 25mm"),
                           ("name: Nghị định", "nam: Nghị định")] {
            let path = TestSupport.temporaryDirectory() + "/layout.yaml"
            XCTAssertTrue(layout.contains(old), old)
            try layout.replacingOccurrences(of: old, with: new).write(toFile: path, atomically: true, encoding: .utf8)
            switch LayoutReader.read(path: path) {
            case let .failure(list): texts += list.diagnostics.map { ($0.description, $0.text(.vietnamese)) }
            case let .success((_, warnings)): texts += warnings.map { ($0.description, $0.text(.vietnamese)) }
            }
        }
        for csv in ["", "Tên đơn vị,Xã\n", "Tên,,tên\na,b,c\n", "Tên,Xã\n\"a\"b,c\n\"d,e\n", "Tên\n\u{202E}a\n"] {
            guard case let .failure(list) = UnitTable.parse(csv, file: "units.csv") else { XCTFail(csv); continue }
            texts += list.diagnostics.map { ($0.description, $0.text(.vietnamese)) }
        }

        XCTAssertGreaterThan(texts.count, 60, "the cases find their mistakes")
        for (english, vietnamese) in texts {
            let place = english.prefix { $0 != " " }
            XCTAssertTrue(vietnamese.hasPrefix(place), "located where the English is: \(english) / \(vietnamese)")
            XCTAssertNotEqual(english, vietnamese)
            assertNoEnglish(vietnamese)
        }
    }

    /// Every message of the input readers is a `Phrase`: no diagnostic, hint or `what:` of
    /// Sources/VanBanInput is an English-only string literal any more.
    func testNoEnglishOnlyMessageIsLeftInTheInputReaders() throws {
        let folder = TestSupport.root + "/Sources/VanBanInput"
        let markers = ["error(", "warning(", "hint:", "Diagnostic(", "what:", "reason:", "failure("]
        var found: [String] = []
        var files = 0
        let enumerator = FileManager.default.enumerator(atPath: folder)
        while let relative = enumerator?.nextObject() as? String {
            guard relative.hasSuffix(".swift") else { continue }
            files += 1
            let scanner = SwiftStringLiterals(try String(contentsOfFile: folder + "/" + relative, encoding: .utf8))
            for marker in markers {
                for place in scanner.literals(after: marker) where place.literal != nil {
                    found.append("Sources/VanBanInput/\(relative):\(place.line): \(marker) \"\(place.literal!.text)\"")
                }
            }
        }
        XCTAssertGreaterThan(files, 20, "the sources were not found")
        XCTAssertEqual(found, [], "say these in Vietnamese too, as Phrase(en:vi:):\n" + found.joined(separator: "\n"))
    }
}
