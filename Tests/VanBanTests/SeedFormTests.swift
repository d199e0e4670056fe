import VanBanModel
import XCTest

/// The Tuần Giáo form against its seed (Tests/Fixtures/seeds/tuan-giao-form.txt, the text of the
/// seed's "MẪU TỔNG HỢP" page as extracted from the original): read in order, the seed is the
/// title, then exactly the example's cells, header rows and body rows, with nothing left over.
final class SeedFormTests: XCTestCase {
    func testTheFormsCellsAreTheSeedsCellForCell() throws {
        let seed = TestSupport.folded(try String(contentsOfFile: TestSupport.fixtures + "/seeds/tuan-giao-form.txt",
                                                  encoding: .utf8))
        let document = try TestSupport.document(TestSupport.examples + "/tuan-giao-form.yaml")
        let appendix = try XCTUnwrap(document.appendices.first)
        guard case let .table(table)? = appendix.body.first else { return XCTFail("the form is a table") }
        XCTAssertEqual(table.rows.count, 35)
        let cells = (table.headerRows + table.rows).flatMap { $0 }.map { TestSupport.folded($0.text.plain) }
            .filter { !$0.isEmpty }
        var rest = seed[...]
        var gaps: [String] = []
        for cell in cells {
            guard let found = rest.range(of: cell) else { return XCTFail("'\(cell)' is not in the seed after the cells before it") }
            let gap = rest[..<found.lowerBound].trimmingCharacters(in: .whitespaces)
            if !gap.isEmpty { gaps.append(gap) }
            rest = rest[found.upperBound...]
        }
        XCTAssertEqual(gaps, [appendix.title.joined(separator: " ") + " (Kèm theo báo cáo)"], "only the title is not a cell")
        XCTAssertEqual(rest.trimmingCharacters(in: .whitespaces), "", "no cell of the seed is missing at the end")
        // The blank cells to fill in: three per row, numbers in "Số lượng", text in "Ghi chú".
        XCTAssertEqual(table.rows.map { $0.suffix(3).map(\.blank) }, Array(repeating: [.number, .number, .text], count: 35))
    }
}
