import Foundation
import VanBan
import VanBanModel
import XCTest

/// An unknown key that is not a misspelling gets the hint of what it is: a body block written
/// beside `body:`, or a text cut at its comma inside `{ … }`, never a "did you mean" towards an
/// unrelated key.
final class MisplacedKeyHintTests: XCTestCase {
    private let head = """
        type: Kế hoạch
        issuer: { name: UBND XÃ AN BÌNH }
        symbol: KH-UBND
        place: An Bình
        date: 2024-09-20
        signer: { title: CHỦ TỊCH, name: Nguyễn Văn An }
        recipients: ["Lưu: VT."]

        """

    private func problems(_ yaml: String) throws -> [Diagnostic] {
        do {
            _ = try TestSupport.document(yaml: head + yaml)
            XCTFail("the document was read without a problem")
            return []
        } catch Composer.Failure.invalidInput(let list) {
            return list.diagnostics
        }
    }

    func testATableBesideAnAppendixBodyIsSentUnderBody() throws {
        let found = try problems("""
            body: Nội dung.
            appendices:
              - title: DANH SÁCH
                table:
                  columns: [{ head: Đơn vị }]
                  rows: [[Thôn 1]]
            """)
        XCTAssertEqual(found.map(\.description), [
            "test.yaml:11:5: error: unknown key 'table' in an appendix (hint: a table is a block of the body: write it under `body:` as one of its items, `- table: …`)",
        ], "one problem, told where the table goes; not 'did you mean title', not also 'needs the key body'")
        XCTAssertEqual(found.first?.text(.vietnamese),
                       "test.yaml:11:5: lỗi: khóa 'table' không dùng được trong một phụ lục (gợi ý: table là một khối của phần nội dung: hãy viết nó dưới `body:` thành một mục, `- table: …`)")
    }

    func testACommaInsideBracesIsToldToQuoteTheText() throws {
        let found = try problems("""
            body:
              - table:
                  columns: [{ head: Nội dung, ghi chú }, { head: Số lượng }]
                  rows: [[Họp thôn, 2]]
            """)
        XCTAssertEqual(found.map(\.description), [
            "test.yaml:10:35: error: unknown key 'ghi chú' in a column (hint: a comma inside { … } starts another key: put the text in quotes, head: \"Nội dung, ghi chú\")",
        ])
    }

    func testAMisspellingStillGetsDidYouMean() throws {
        let found = try problems("body: Nội dung.\nappendices:\n  - title: DANH SÁCH\n    bdy: Nội dung.\n")
        XCTAssertTrue(found.contains { $0.description.contains("unknown key 'bdy' in an appendix (hint: did you mean 'body'?)") },
                      found.map(\.description).joined(separator: "\n"))
    }
}
