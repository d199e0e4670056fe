import VanBan
import VanBanModel
import XCTest

/// Mistakes in the input come back as `file:line:column: error: …` with a hint, all at once.
final class DiagnosticsTests: XCTestCase {
    func diagnostics(_ yaml: String) -> [String] {
        do {
            _ = try TestSupport.document(yaml: yaml, file: "plan.yaml")
            XCTFail("the input should have been rejected")
            return []
        } catch let Composer.Failure.invalidInput(list) {
            return list.diagnostics.map(\.description)
        } catch {
            XCTFail("unexpected error \(error)")
            return []
        }
    }

    /// A valid top of a document (five lines) followed by `rest`, so line numbers start at 6.
    func diagnostics(afterHeader rest: String) -> [String] {
        diagnostics("type: Kế hoạch\nissuer: { name: UBND }\nsymbol: KH-UBND\nplace: An Bình\ndate: 2024-09-20\n" + rest)
    }

    func testUnknownKeysGetADidYouMeanWithTheirLineAndColumn() {
        let messages = diagnostics("""
            type: Kế hoạch
            isuer: { name: UBND }
            symbol: KH-UBND
            place: An Bình
            date: 2024-09-20
            body: Nội dung.
            signer: { titel: CHỦ TỊCH, name: Trần Văn Bình }
            """)
        XCTAssertTrue(messages.contains("plan.yaml:2:1: error: unknown key 'isuer' in the document (hint: did you mean 'issuer'?)"),
                      messages.joined(separator: "\n"))
        XCTAssertTrue(messages.contains("plan.yaml:7:11: error: unknown key 'titel' in signer (hint: did you mean 'title'?)"),
                      messages.joined(separator: "\n"))
        XCTAssertEqual(messages.count, 2, "a misspelt required key is one problem, not also a missing key: \(messages)")
    }

    func testWrongTypesAndBadValuesAreAllReportedTogether() {
        let messages = diagnostics("""
            type: Kế hoạch
            issuer: { name: UBND }
            symbol: KH-UBND
            place: [An Bình]
            date: 2024-13-45
            body: Nội dung.
            recipients: "Sở GD&ĐT;"
            """)
        XCTAssertEqual(messages.count, 3, messages.joined(separator: "\n"))
        XCTAssertTrue(messages[0].hasPrefix("plan.yaml:4:8: error: place must be text"), messages[0])
        XCTAssertTrue(messages[1].hasPrefix("plan.yaml:5:7: error: date must be YYYY-MM-DD"), messages[1])
        XCTAssertTrue(messages[2].hasPrefix("plan.yaml:7:13: error: recipients must be a list"), messages[2])
    }

    func testYAMLSyntaxErrorsPointAtTheirPlace() {
        let messages = diagnostics("type: Kế hoạch\nissuer: { name: UBND\nsymbol: KH-UBND\n")
        XCTAssertEqual(messages.count, 1)
        XCTAssertTrue(messages[0].hasPrefix("plan.yaml:3:"), messages[0])
        XCTAssertTrue(messages[0].contains("error: YAML syntax"), messages[0])
    }

    func testEmptyAndBinaryInputsAreRejectedClearly() {
        XCTAssertEqual(diagnostics(""), ["plan.yaml:1:1: error: the file is empty (hint: start from Examples/minimal.yaml)"])
        XCTAssertEqual(diagnostics("\u{0}\u{1}PK\u{3}"),
                       ["plan.yaml:1:1: error: the file contains a NUL byte, so it is binary data, not text (hint: save the document as UTF-8 text; VanBan reads YAML or JSON)"])
        XCTAssertTrue(diagnostics("- just\n- a list\n")[0].contains("the document must be a mapping"))
    }

    func testCharactersTheFontsCannotDrawAreReportedWithTheirPosition() {
        let messages = diagnostics(afterHeader: """
            body: Học tập 漢字 suốt đời.
            """)
        XCTAssertEqual(messages.count, 1)
        XCTAssertTrue(messages[0].hasPrefix("plan.yaml:6:7: error: body contains '漢' (U+6F22) at character 9, which the fonts cannot draw"),
                      messages[0])
    }

    func testControlCharactersAreRejected() {
        let messages = diagnostics("type: \"Kế\\u0007 hoạch\"\nissuer: { name: UBND }\nsymbol: KH\nplace: A\ndate: 2024-01-01\nbody: x\n")
        XCTAssertEqual(messages.count, 1)
        XCTAssertTrue(messages[0].contains("control character U+0007"), messages[0])
    }

    func testTableRowsMustFillTheColumns() {
        let messages = diagnostics(afterHeader: """
            body:
              - table:
                  columns: [TT, Nội dung]
                  rows:
                    - [1, Khai mạc, thừa]
                    - [2]
                    - [{ text: 3, rowspan: 2 }, Bế mạc]
                    - [Tổng kết]
            """)
        XCTAssertEqual(messages.count, 2, messages.joined(separator: "\n"))
        XCTAssertTrue(messages[0].hasPrefix("plan.yaml:10:25: error: this row has more cells than the table's 2 columns"), messages[0])
        XCTAssertTrue(messages[1].hasPrefix("plan.yaml:11:11: error: this row fills 1 of the table's 2 columns"), messages[1])
    }

    func testJSONErrorsHaveLinesAndColumnsToo() {
        let messages = diagnostics("""
            {
              "type": "Kế hoạch",
              "issuer": {"name": "UBND"},
              "symbol": "KH-UBND",
              "place": "An Bình",
              "date": "2024-09-20",
              "bodyy": "Nội dung."
            }
            """)
        XCTAssertTrue(messages.contains("plan.yaml:7:3: error: unknown key 'bodyy' in the document (hint: did you mean 'body'?)"),
                      messages.joined(separator: "\n"))
    }

    func testLayoutFilesAreCheckedAndMarginsOutsideTheDecreeAreSaid() throws {
        let directory = TestSupport.temporaryDirectory()
        let original = try String(contentsOfFile: TestSupport.root + "/Layouts/nd30.yaml", encoding: .utf8)
        let narrow = original.replacingOccurrences(of: "left: 30mm", with: "left: 25mm")
        try narrow.write(toFile: directory + "/narrow.yaml", atomically: true, encoding: .utf8)
        let composer = try Composer(fontDirectory: TestSupport.root + "/Fonts", layoutPath: directory + "/narrow.yaml")
        XCTAssertEqual(composer.layoutWarnings.map(\.severity), [.warning])
        XCTAssertTrue(composer.layoutWarnings[0].message.contains("left margin 25.0 mm is outside Decree 30's 30–35 mm"))

        let broken = original.replacingOccurrences(of: "  firstLineIndent: 10mm", with: "  firstLineIndnt: 10mm")
        try broken.write(toFile: directory + "/broken.yaml", atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try Composer(fontDirectory: TestSupport.root + "/Fonts", layoutPath: directory + "/broken.yaml")) {
            let text = "\($0)"
            XCTAssertTrue(text.contains("unknown key 'firstLineIndnt' in text (hint: did you mean 'firstLineIndent'?)"), text)
            XCTAssertFalse(text.contains("text needs the key 'firstLineIndent'"), "the misspelling is one problem, said once: \(text)")
        }
    }

    /// Table text may shrink to the layout's floor, which must lie between 6 pt and the table styles' size.
    func testTheTableTextFloorMustLieBelowTheTableStyles() throws {
        let directory = TestSupport.temporaryDirectory()
        let original = try String(contentsOfFile: TestSupport.root + "/Layouts/nd30.yaml", encoding: .utf8)
        for (floor, valid) in [("14pt", false), ("5pt", false), ("13pt", true), ("6pt", true)] {
            let path = directory + "/floor.yaml"
            try original.replacingOccurrences(of: "minimumSize: 10pt", with: "minimumSize: \(floor)")
                .write(toFile: path, atomically: true, encoding: .utf8)
            if valid {
                XCTAssertNoThrow(try Composer(fontDirectory: TestSupport.root + "/Fonts", layoutPath: path), floor)
                continue
            }
            XCTAssertThrowsError(try Composer(fontDirectory: TestSupport.root + "/Fonts", layoutPath: path), floor) {
                let line = original.components(separatedBy: "\n").firstIndex { $0.contains("minimumSize:") }.map { $0 + 1 } ?? 0
                // Below 6 pt the layout's range for text sizes says so first; above the table styles, the floor's own rule.
                let expected = floor == "5pt" ? "table.minimumSize must be from 6 to 72 pt, not 5 pt"
                    : "table.minimumSize must be between 6pt and the table styles' 13pt, not \(floor)"
                XCTAssertTrue("\($0)".contains("floor.yaml:\(line):16: error: " + expected), "\($0)")
            }
        }
        // A layout copied before the floor existed names none and gets 10 pt (LayoutCompatibilityTests).
        let missing = original.replacingOccurrences(of: "  minimumSize: 10pt", with: "  # no floor")
        try missing.write(toFile: directory + "/missing.yaml", atomically: true, encoding: .utf8)
        XCTAssertNoThrow(try Composer(fontDirectory: TestSupport.root + "/Fonts", layoutPath: directory + "/missing.yaml"))
    }
}
