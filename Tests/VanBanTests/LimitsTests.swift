import Foundation
import VanBan
import VanBanLayout
import VanBanModel
import XCTest

/// Inputs far beyond real documents, generated here rather than committed: each renders or is
/// refused with a clear located message, and nothing is drawn outside the margins.
final class LimitsTests: XCTestCase {
    let mm = TestSupport.mm
    let header = "type: Kế hoạch\nissuer: { name: UBND XÃ AN BÌNH }\nsymbol: KH-UBND\nplace: An Bình\ndate: 2024-09-20\n"

    func assertInsideTheMargins(_ pages: [PageFrame], file: StaticString = #filePath, line: UInt = #line) {
        for (index, page) in pages.enumerated() {
            for item in page.items where item.isVisible && item.part != .pageNumber {
                let label = "page \(index + 1): \(item.part) '\(item.text.prefix(30))'"
                // Portrait or landscape: the margins keep their meaning in the reading direction.
                XCTAssertGreaterThanOrEqual(item.x, 30 * mm - 0.01, label, file: file, line: line)
                XCTAssertLessThanOrEqual(item.x + item.width, page.width - 15 * mm + 0.01, label, file: file, line: line)
                XCTAssertLessThanOrEqual(item.y, page.height - 20 * mm + 0.01, label, file: file, line: line)
            }
        }
    }

    func invalid(_ yaml: String) -> [String] {
        XCTAssertThrowsError(try TestSupport.document(yaml: yaml, file: "big.yaml"))
        do {
            _ = try TestSupport.document(yaml: yaml, file: "big.yaml")
        } catch let Composer.Failure.invalidInput(list) {
            return list.diagnostics.map(\.description)
        } catch {
            XCTFail("unexpected \(error)")
        }
        return []
    }

    func testTenThousandParagraphsRenderEveryOne() throws {
        let body = (1...10_000).map { "  Đoạn văn số \($0) nói về việc tổ chức các hoạt động của Tuần lễ.\n" }.joined()
        let document = try TestSupport.document(yaml: header + "body: |\n" + body)
        XCTAssertEqual(document.body.count, 10_000)
        let pdf = try TestSupport.pdfFile(document)
        let pages = Int(try TestSupport.pdfInfo(pdf)["Pages"] ?? "") ?? 0
        XCTAssertGreaterThan(pages, 300)
        let last = try TestSupport.run("pdftotext", ["-f", String(pages), "-l", String(pages), pdf, "-"]).output
        XCTAssertTrue(TestSupport.folded(last).contains("Đoạn văn số 10000 nói về"), last)
    }

    /// Pango breaks lines wrongly past about 300 000 characters in one paragraph (its widths are
    /// 32-bit): a 1 MB paragraph is refused with its location, the longest allowed one renders whole.
    func testAOneMegabyteParagraphIsRefusedAndTheLongestAllowedOneRendersWhole() throws {
        let sentence = "Học tập suốt đời là chìa khóa của mọi thành công. "
        let huge = String(repeating: sentence, count: 1_000_000 / sentence.utf8.count + 1)
        XCTAssertGreaterThan(huge.utf8.count, 1_000_000)
        XCTAssertEqual(invalid(header + "bases: [Căn cứ Luật.]\nbody: |\n  Mở đầu.\n  " + huge + "\n"), [
            "big.yaml:7:7: error: body has a paragraph (its line 2) longer than 100000 characters, about 30 pages (hint: split it into paragraphs, one per line)",
        ])
        let longest = String(String(repeating: sentence, count: 2_000).prefix(100_000))
        let document = try TestSupport.document(yaml: header + "body: |\n  " + longest + "\n")
        let pages = TestSupport.composer.layout(document)
        let lines = pages.flatMap { $0.items(.body) }
        XCTAssertGreaterThan(pages.count, 20)
        XCTAssertEqual(lines.map { $0.text.trimmingCharacters(in: .whitespaces).count }.reduce(0, +) + lines.count - 1,
                       longest.trimmingCharacters(in: .whitespaces).count, "every character drawn, lines broken at spaces")
        XCTAssertGreaterThan(lines.count, 1_000)
        assertInsideTheMargins(pages)
    }

    func testAWordWiderThanTheLineIsBrokenInsideTheMargins() throws {
        let word = String(repeating: "a", count: 1_000)
        let document = try TestSupport.document(yaml: header + "body: |\n  Từ dài: \(word) hết.\n")
        let pages = TestSupport.composer.layout(document)
        let lines = pages.flatMap { $0.items(.body) }
        XCTAssertGreaterThan(lines.count, 10, "the word is broken over many lines")
        assertInsideTheMargins(pages)
        let letters = lines.map { $0.text.filter { $0 == "a" }.count }.reduce(0, +)
        XCTAssertEqual(letters, 1_000, "every letter is drawn once")
    }

    /// Pango cuts a word wider than its line in time that grows with the square of its length:
    /// a word over 1 000 characters is refused where it is written, in any value.
    func testAWordOfMoreThanAThousandCharactersIsRefusedAtItsLine() {
        let word = String(repeating: "x", count: 1_001)
        XCTAssertEqual(invalid(header + "summary: Về \(word)\nbody: Nội dung./.\n"), [
            "big.yaml:6:10: error: summary has a word longer than 1000 characters (from its character 4) (hint: put spaces between its words; a word wider than its line is cut between letters anyway)",
        ])
        XCTAssertEqual(invalid(header + "body: |\n  Mở đầu.\n  Từ dài: a\(word)\n").count, 1)
        XCTAssertEqual(invalid(header.replacingOccurrences(of: "KH-UBND", with: "KH-" + word) + "body: Nội dung./.\n").count, 1)
    }

    /// A header field of 100 000 characters in words of the longest length: set as Pango breaks
    /// it, every character drawn, inside the margins of its column.
    func testAHundredThousandCharacterIssuerNameIsSetWhole() throws {
        let name = Array(repeating: String(repeating: "X", count: 999), count: 100).joined(separator: " ")
        let document = try TestSupport.document(yaml: header.replacingOccurrences(of: "UBND XÃ AN BÌNH", with: name) + "body: Nội dung./.\n")
        let pages = TestSupport.composer.layout(document)
        let lines = pages.flatMap { $0.items(.issuer) }
        XCTAssertEqual(lines.map { $0.text.filter { $0 == "X" }.count }.reduce(0, +), 99_900)
        for line in lines {
            XCTAssertGreaterThanOrEqual(line.x, 30 * mm - 0.01)
            XCTAssertLessThanOrEqual(line.x + line.width, 95 * mm + 0.01)
        }
    }

    func testATableOfTwoHundredColumnsIsRefusedAtItsLine() {
        let columns = "[" + (1...200).map { "C\($0)" }.joined(separator: ", ") + "]"
        let row = "[" + (1...200).map(String.init).joined(separator: ", ") + "]"
        let messages = invalid(header + "body:\n  - \"Bảng số liệu:\"\n  - table:\n      columns: \(columns)\n      rows:\n        - \(row)\n")
        XCTAssertEqual(messages, [
            "big.yaml:8:5: error: this table does not fit the landscape page even at 10 pt: the longest words of its 200 columns need 2082.9 mm and the text is 252.0 mm wide; column 100 needs the most, 11.4 mm for its word “C100” (hint: shorten or abbreviate the widest words, use fewer columns, or narrower fixed widths)",
        ])
    }

    func testTheWidestTableThatFitsRendersInsideTheMargins() throws {
        let count = 26
        let columns = "[" + (1...count).map { "C\($0)" }.joined(separator: ", ") + "]"
        let row = "[" + (1...count).map { "\($0 % 10)" }.joined(separator: ", ") + "]"
        let document = try TestSupport.document(yaml: header + "body:\n  - table:\n      columns: \(columns)\n      rows:\n        - \(row)\n")
        assertInsideTheMargins(TestSupport.composer.layout(document))
    }

    func testDeepNestingIsAClearMessageNotACrash() {
        let fifty = invalid(header + "body: Nội dung.\ncomment: " + String(repeating: "[", count: 50) + "a" + String(repeating: "]", count: 50) + "\n")
        XCTAssertEqual(fifty, ["big.yaml:7:10: error: comment must be text, not a list"])
        let bodyFifty = invalid(header + "body: " + String(repeating: "{a: ", count: 50) + "b" + String(repeating: "}", count: 50) + "\n")
        XCTAssertEqual(bodyFifty.count, 1, bodyFifty.joined(separator: "\n"))
        let deep = invalid(header + "body: " + String(repeating: "[", count: 5_000) + String(repeating: "]", count: 5_000) + "\n")
        XCTAssertEqual(deep.count, 1)
        XCTAssertTrue(deep[0].hasPrefix("big.yaml:6:") && deep[0].contains("error: lists and mappings are nested too deeply here"), deep[0])
    }
}
