import Foundation
import VanBanLayout
import XCTest

/// `--fillable`: every blank of the Tuần Giáo form becomes a text field on exactly its rectangle,
/// as pypdf lists them; fields accept values and keep them; the file stays valid for qpdf.
final class FillableFormTests: XCTestCase {
    let form = TestSupport.examples + "/tuan-giao-form.yaml"

    struct Blank {
        var page: Int
        var item: FrameItem
        var blank: FillBlank
        var pageHeight: Double
        /// [llx lly urx ury] in PDF coordinates (origin bottom-left).
        var pdfRect: [Double] {
            [item.x, pageHeight - item.y - blank.height, item.x + blank.width, pageHeight - item.y]
        }
    }

    func blanks(_ pages: [PageFrame]) -> [Blank] {
        pages.enumerated().flatMap { index, page in
            page.items.compactMap { item in
                guard case let .blank(blank) = item.content else { return nil }
                return Blank(page: index, item: item, blank: blank, pageHeight: page.height)
            }
        }
    }

    func fillablePDF() throws -> (path: String, blanks: [Blank]) {
        let document = try TestSupport.document(form)
        let pages = TestSupport.composer.layout(document)
        let path = TestSupport.temporaryDirectory() + "/form.pdf"
        try TestSupport.composer.pdf(document, pages: pages, fillable: true).write(to: URL(fileURLWithPath: path))
        return (path, blanks(pages))
    }

    func testEveryBlankIsAFieldOnItsRectangle() throws {
        let (pdf, blanks) = try fillablePDF()
        let fields = try PDFForms.textFields(pdf)
        // 35 rows × 3 blank columns, 4 leaders, 5 blocks of blank lines, 6 in the header.
        XCTAssertEqual(blanks.count, 35 * 3 + 4 + 5 + 6)
        XCTAssertEqual(fields.count, blanks.count)
        XCTAssertEqual(Set(fields.map(\.name)).count, fields.count, "field names are unique")
        for (field, blank) in zip(fields.sorted { ($0.page, -$0.rect[3], $0.rect[0]) < ($1.page, -$1.rect[3], $1.rect[0]) },
                                  blanks.sorted { ($0.page, -$0.pdfRect[3], $0.pdfRect[0]) < ($1.page, -$1.pdfRect[3], $1.pdfRect[0]) }) {
            XCTAssertEqual(field.page, blank.page, field.name)
            XCTAssertEqual(field.type, "/Tx", field.name)
            for (got, expected) in zip(field.rect, blank.pdfRect) {
                XCTAssertEqual(got, expected, accuracy: 0.01, "\(field.name): \(field.rect) vs \(blank.pdfRect)")
            }
            XCTAssertEqual(field.numeric, blank.blank.numeric, field.name)
            XCTAssertEqual(field.flags & (1 << 12) != 0, blank.blank.multiline, field.name)
            XCTAssertEqual(field.tooltip, blank.blank.label)
        }
        // A long row label is shortened, never its column: every cell's field ends with " – Người" etc.
        let cellFields = fields.filter { $0.tooltip?.contains(" – ") == true }
        XCTAssertEqual(cellFields.count, 35 * 3)
        for field in cellFields {
            let column = field.tooltip!.components(separatedBy: " – ").last!
            XCTAssertTrue(field.name.hasSuffix(" – " + column), "\(field.name) names its column \(column)")
        }
        XCTAssertTrue(cellFields.contains { $0.name.contains("… – ") }, "some row labels are long enough to be shortened")
        let byName = Dictionary(uniqueKeysWithValues: fields.map { ($0.name, $0) })
        XCTAssertEqual(byName["Xóa mù chữ – Người"]?.numeric, true)
        XCTAssertEqual(byName["Xóa mù chữ – Ghi chú"]?.numeric, false)
        XCTAssertNotNil(byName["Số người tham dự"], "a leader is named after its lead-in")
        XCTAssertEqual((byName["3 Nội dung các hoạt động đã triển khai trong tuần lễ"]?.flags ?? 0) & (1 << 12), 1 << 12,
                       "blank lines under a heading are one multi-line field named after it")
        XCTAssertEqual(try TestSupport.run("qpdf", ["--check", pdf]).status, 0)
    }

    /// A blank cell's field lies inside the cell's borders, one border width in from each.
    func testTableBlanksSitInsideTheirCellBorders() throws {
        let document = try TestSupport.document(form)
        let pages = TestSupport.composer.layout(document)
        let tableBlanks = blanks(pages).filter { $0.blank.label.contains(" – ") }
        XCTAssertEqual(tableBlanks.count, 35 * 3)
        for blank in tableBlanks {
            let rules = pages[blank.page].items(.tableBorder).compactMap { item -> (x1: Double, y1: Double, x2: Double, y2: Double)? in
                guard case let .rule(x2, y2, _) = item.content else { return nil }
                return (item.x, item.y, x2, y2)
            }
            let inset = 0.5 // nd30.yaml's table border width
            let left = blank.item.x - inset, right = blank.item.x + blank.blank.width + inset
            let top = blank.item.y - inset, bottom = blank.item.y + blank.blank.height + inset
            func has(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double) -> Bool {
                rules.contains { abs($0.x1 - x1) < 0.01 && abs($0.y1 - y1) < 0.01 && abs($0.x2 - x2) < 0.01 && abs($0.y2 - y2) < 0.01 }
            }
            XCTAssertTrue(has(left, top, right, top) && has(left, bottom, right, bottom)
                          && has(left, top, left, bottom) && has(right, top, right, bottom), blank.blank.label)
        }
    }

    /// Rendered without a unit, the header's placeholders print as dots and số, ngày, tháng are
    /// blank: each is a field over exactly its gap, so a unit types its name, place and dates.
    func testHeaderBlanksAreFieldsOverTheirGaps() throws {
        let (pdf, _) = try fillablePDF()
        let header = try PDFForms.textFields(pdf).filter { $0.page == 0 && $0.rect[1] > 700 }
        XCTAssertEqual(header.map(\.name).sorted(), ["Số", "Ký hiệu", "Tháng", "Ngày", "Đơn vị", "Địa danh"].sorted())
        let words = try TestSupport.boundingBoxes(pdf).filter { $0.page == 1 && $0.yMax < 120 }
        let height = 841.89
        func field(_ name: String) -> (left: Double, right: Double, top: Double, bottom: Double) {
            let rect = header.first { $0.name == name }!.rect
            return (rect[0], rect[2], height - rect[3], height - rect[1])
        }
        func word(_ text: String) -> TestSupport.Word { words.first { $0.text == text }! }
        /// The field spans from `before`'s right edge to `after`'s left edge (within a space) and holds its line.
        func assertGap(_ name: String, after before: TestSupport.Word?, before after: TestSupport.Word?, covers dots: TestSupport.Word? = nil) {
            let rect = field(name)
            if let before { XCTAssertEqual(rect.left, before.xMax, accuracy: 5, "\(name) starts after \(before.text)") }
            if let after { XCTAssertEqual(rect.right, after.xMin, accuracy: 5, "\(name) ends before \(after.text)") }
            if let dots { XCTAssertTrue(abs(rect.left - dots.xMin) < 0.5 && rect.right >= dots.xMax - 4, "\(name) covers the dots (and not a comma after them)") }
            let line = before ?? after ?? dots!
            XCTAssertTrue(rect.top <= line.yMin && rect.bottom >= line.yMax, "\(name) is on its line")
        }
        assertGap("Đơn vị", after: word("VỊ:"), before: nil, covers: words.first { $0.text.hasPrefix("……") && $0.yMax < 90 })
        let symbol = word("/BC-………")
        assertGap("Số", after: word("Số:"), before: symbol)
        let issuerDots = field("Ký hiệu")
        XCTAssertEqual(issuerDots.right, symbol.xMax, accuracy: 0.5, "the ký hiệu's field ends with its dots")
        XCTAssertEqual(issuerDots.right - issuerDots.left, 3 * TestSupport.composer.spec.style(.number).size.points, accuracy: 0.5,
                       "over the three '…' (one em each) only")
        assertGap("Địa danh", after: nil, before: nil, covers: words.first { $0.text.hasPrefix("……") && $0.yMin > 90 })
        assertGap("Ngày", after: word("ngày"), before: word("tháng"))
        assertGap("Tháng", after: word("tháng"), before: word("năm"))
    }

    func testFilledValuesAreKept() throws {
        let (pdf, _) = try fillablePDF()
        let filled = TestSupport.temporaryDirectory() + "/filled.pdf"
        let values = ["Xóa mù chữ – Người": "125", "Số người tham dự": "240 nguoi",
                      "2 Khó khăn, tồn tại": "Thieu kinh phi to chuc."]
        try PDFForms.fill(pdf, values: values, to: filled)
        let read = Dictionary(uniqueKeysWithValues: try PDFForms.textFields(filled).map { ($0.name, $0.value) })
        for (name, value) in values { XCTAssertEqual(read[name], value, name) }
        XCTAssertEqual(read["Xóa mù chữ – Số lớp/số cuộc thi"] ?? nil, nil, "other fields stay empty")
        XCTAssertEqual(try TestSupport.run("qpdf", ["--check", filled]).status, 0)
    }

    /// The Hải Phòng outline: named blank lines are one multi-line field three lines tall.
    func testOutlineFormBlankLinesAreNamedMultilineFields() throws {
        let document = try TestSupport.document(TestSupport.examples + "/hai-phong-report-form.yaml")
        let pages = TestSupport.composer.layout(document)
        let path = TestSupport.temporaryDirectory() + "/outline.pdf"
        try TestSupport.composer.pdf(document, pages: pages, fillable: true).write(to: URL(fileURLWithPath: path))
        let fields = Dictionary(uniqueKeysWithValues: try PDFForms.textFields(path).map { ($0.name, $0) })
        let pitch = 14 * TestSupport.composer.spec.text.singleLine * TestSupport.composer.spec.text.lineSpacing
        for name in ["Kế hoạch tiếp theo", "Đề xuất, kiến nghị"] {
            let field = try XCTUnwrap(fields[name], name)
            XCTAssertEqual(field.rect[3] - field.rect[1], 3 * pitch, accuracy: 0.01, name)
            XCTAssertEqual(field.flags & (1 << 12), 1 << 12, name)
        }
        XCTAssertEqual(fields["Tỷ lệ người tham gia"]?.flags, 0, "a leader is one line")
        XCTAssertEqual(try TestSupport.run("qpdf", ["--check", path]).status, 0)
    }

    func testWithoutFillableThereAreNoFieldsAndTheDotsAreText() throws {
        let pdf = try TestSupport.pdfFile(try TestSupport.document(form))
        XCTAssertEqual(try PDFForms.textFields(pdf).count, 0)
        let text = try TestSupport.extractText(pdf)
        XCTAssertTrue(text.contains("- Số người tham dự: ……"), "a leader extracts as the decree's dots")
        XCTAssertTrue(text.contains("……………………………"), "blank lines extract as dots")
    }
}

/// The "done": one fillable form per unit from the command line, each valid and with
/// the same fields as a single fillable render.
final class FillableUnitsCommandTests: XCTestCase {
    func testUnitsBatchWritesAFillableFormPerUnit() throws {
        let directory = TestSupport.temporaryDirectory() + "/out"
        let result = try TestSupport.vanban(["render", TestSupport.examples + "/tuan-giao-form.yaml",
                                             "--units", TestSupport.examples + "/tuan-giao-units.csv",
                                             "-o", directory, "--fillable"])
        XCTAssertEqual(result.status, 0, result.error)
        let files = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".pdf") }.sorted()
        let units = try String(contentsOfFile: TestSupport.examples + "/tuan-giao-units.csv", encoding: .utf8)
            .split(separator: "\n").count - 1
        XCTAssertEqual(files.count, units)
        for file in files.prefix(3) {
            let pdf = directory + "/" + file
            XCTAssertEqual(try TestSupport.run("qpdf", ["--check", pdf]).status, 0, file)
            let fields = try PDFForms.textFields(pdf)
            // The unit's name and place are printed: the header keeps only the blank số, ký hiệu, ngày, tháng.
            XCTAssertEqual(fields.count, 35 * 3 + 4 + 5 + 4, file)
            XCTAssertEqual(Set(fields.filter { $0.page == 0 && $0.rect[1] > 700 }.map(\.name)), ["Số", "Ký hiệu", "Ngày", "Tháng"], file)
            XCTAssertTrue(fields.contains { $0.name == "Xóa mù chữ – Người" && $0.numeric }, file)
        }
        let rejected = try TestSupport.vanban(["render", TestSupport.examples + "/tuan-giao-form.yaml",
                                               "--units", TestSupport.examples + "/tuan-giao-units.csv",
                                               "-o", directory + "/all.pdf", "--merge", "--fillable"])
        XCTAssertNotEqual(rejected.status, 0)
        XCTAssertTrue(rejected.error.contains("--fillable makes one form per unit"), rejected.error)
    }
}
