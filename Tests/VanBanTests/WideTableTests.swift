import Foundation
import VanBan
import VanBanLayout
import VanBanModel
import XCTest

/// Wide tables, read back from the PDF (`pdftotext -bbox`): no word is cut, no text crosses a cell
/// border or the margin, landscape pages come exactly where a table needs them, the repeated rows
/// (header and column numbers) head every page, and no page starts or ends a table with a row alone.
final class WideTableTests: XCTestCase {
    let mm = TestSupport.mm
    let header = """
    type: Báo cáo
    issuer: { parent: UBND TỈNH ĐIỆN BIÊN, name: SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI }
    number: "15"
    symbol: BC-SLĐTBXH
    place: Điện Biên
    date: { day: 3, month: 12, year: 2024 }
    summary: Số liệu rà soát
    signer: { title: GIÁM ĐỐC, name: Lò Văn Tiến }

    """

    /// Long names for the `fr` column: their syllables are the widest words of the table.
    let names = ["Nguyễn Thị Huỳnh Hương", "Hoàng Nguyễn Phương Thảo", "Quàng Văn Khuyến", "Trương Thị Nghiêng",
                 "Lường Thị Thoòng", "Thị trấn Mường Chà", "Phường Thanh Trường", "Nghiêm Xuân Thưởng"]

    struct Page {
        var width: Double, height: Double
        var words: [TestSupport.Word]
        var isLandscape: Bool { width > height }
    }

    /// The PDF's pages with their sizes and word boxes.
    func pages(_ pdf: String) throws -> [Page] {
        let html = try TestSupport.run("pdftotext", ["-bbox", "-enc", "UTF-8", pdf, "-"]).output
        var pages: [Page] = []
        for line in html.split(separator: "\n") where line.contains("<page ") {
            func value(_ name: String) -> Double {
                Double(line[line.range(of: "\(name)=\"")!.upperBound...].prefix { $0 != "\"" })!
            }
            pages.append(Page(width: value("width"), height: value("height"), words: []))
        }
        for word in try TestSupport.boundingBoxes(pdf) { pages[word.page - 1].words.append(word) }
        return pages
    }

    /// A report whose body is a paragraph, the table, and a closing paragraph.
    func report(columns: Int, rows: Int, repeat repeated: Int? = nil, extra: String = "") -> String {
        var yaml = header + "body:\n  - \"Kết quả rà soát theo từng đơn vị như sau:\"\n  - table:\n"
        if let repeated { yaml += "      repeat: \(repeated)\n" }
        yaml += extra
        yaml += "      columns:\n        - { head: TT, width: fit, align: center }\n        - { head: Họ và tên, width: 3fr }\n"
        for column in 2..<columns { yaml += "        - { head: \"Tỷ lệ \(column)\", width: 1fr, align: number }\n" }
        yaml += "      rows:\n"
        if repeated != nil {
            yaml += "        - [" + (1...columns).map { "\"(\($0))\"" }.joined(separator: ", ") + "]\n"
        }
        for row in 1...rows {
            let figures = (2..<columns).map { column in "\"\((row * 7 + column * 3) % 90 + 1)\"" }
            yaml += "        - [\"\(row)\", \"\(names[row % names.count])\", " + figures.joined(separator: ", ") + "]\n"
        }
        return yaml + "  - Tổng hợp số liệu nêu trên đã được các đơn vị thống nhất.\n"
    }

    func render(_ yaml: String) throws -> (pages: [Page], frames: [PageFrame]) {
        let document = try TestSupport.document(yaml: yaml)
        let frames = TestSupport.composer.layout(document)
        return (try pages(try TestSupport.pdfFile(document)), frames)
    }

    /// Every word of every cell, as many times as the input holds it, in the text layer.
    func assertEveryWordWhole(_ document: Document, _ pages: [Page], file: StaticString = #filePath, line: UInt = #line) {
        var found: [String: Int] = [:]
        for word in pages.flatMap(\.words) { found[word.text, default: 0] += 1 }
        var wanted: [String: Int] = [:]
        func add(_ rows: [[Table.Cell]]) {
            for cell in rows.joined() {
                for word in cell.text.plain.split(whereSeparator: \.isWhitespace) { wanted[String(word), default: 0] += 1 }
            }
        }
        for block in document.body + document.appendices.flatMap(\.body) {
            guard case let .table(table) = block else { continue }
            add(table.headerRows)
            add(table.rows)
        }
        XCTAssertFalse(wanted.isEmpty, file: file, line: line)
        for (word, count) in wanted {
            XCTAssertGreaterThanOrEqual(found[word] ?? 0, count, "“\(word)” whole in the text layer", file: file, line: line)
        }
    }

    /// No word crosses a vertical cell border of its page (from the frames) nor the margins.
    func assertInsideCellsAndMargins(_ pages: [Page], _ frames: [PageFrame], file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(pages.count, frames.count, file: file, line: line)
        for (index, (page, frame)) in zip(pages, frames).enumerated() {
            let borders = frame.items(.tableBorder).compactMap { item -> (x: Double, top: Double, bottom: Double)? in
                guard case let .rule(x2, y2, _) = item.content, abs(x2 - item.x) < 0.01 else { return nil }
                return (item.x, min(item.y, y2), max(item.y, y2))
            }
            for word in page.words {
                XCTAssertGreaterThanOrEqual(word.xMin, 30 * mm - 0.5, "page \(index + 1): “\(word.text)”", file: file, line: line)
                XCTAssertLessThanOrEqual(word.xMax, page.width - 15 * mm + 0.5, "page \(index + 1): “\(word.text)”", file: file, line: line)
                for border in borders where word.yMax > border.top && word.yMin < border.bottom {
                    XCTAssertFalse(word.xMin < border.x - 0.5 && word.xMax > border.x + 0.5,
                                   "page \(index + 1): “\(word.text)” crosses the border at \(border.x)", file: file, line: line)
                }
            }
        }
    }

    /// The row numbers of the TT column on each page (the body rows there).
    func rowNumbers(_ page: Page, rows: Int) -> [Int] {
        let column = page.words.filter { $0.xMax < 30 * mm + 25 }
        return column.compactMap { Int($0.text) }.filter { (1...rows).contains($0) }
    }

    let padding = 2 * TestSupport.composer.spec.table.paddingX.points

    /// The width of each column's widest word as printed on the given pages (words inside the
    /// table's rows, put in the column whose left border is the nearest on their left).
    func widestWords(_ pages: [Page], _ frames: [PageFrame], _ indices: [Int]) -> [(width: Double, text: String)] {
        var widest: [Int: (width: Double, text: String)] = [:]
        for index in indices {
            let borders = Set(frames[index].items(.tableBorder).map { ($0.x * 100).rounded() / 100 }).sorted()
            let rows = frames[index].items(.tableBorder).map(\.y)
            let (top, bottom) = (rows.min() ?? 0, rows.max() ?? 0)
            for word in pages[index].words where word.yMin > top && word.yMax < bottom {
                guard let column = borders.lastIndex(where: { $0 <= word.xMin + 0.5 }) else { continue }
                if word.xMax - word.xMin > widest[column]?.width ?? 0 { widest[column] = (word.xMax - word.xMin, word.text) }
            }
        }
        return widest.sorted { $0.key < $1.key }.map(\.value)
    }

    func testTablesOfThreeToTwentySixColumnsKeepWordsWholeInsideTheirCells() throws {
        for columns in [3, 5, 8, 10, 12, 16, 20, 26] {
            let yaml = report(columns: columns, rows: 30)
            let document = try TestSupport.document(yaml: yaml)
            let (pages, frames) = try render(yaml)
            assertEveryWordWhole(document, pages)
            assertInsideCellsAndMargins(pages, frames)
            // Landscape exactly where needed: the table's columns, each as wide as its widest word
            // as printed plus the padding, are wider than the portrait text (165 mm) or not.
            let tablePages = pages.indices.filter { pages[$0].words.contains { $0.text == "Nghiêng" } }
            let needed = widestWords(pages, frames, tablePages).map(\.width).reduce(0, +) + padding * Double(columns)
            let landscape = needed > 165 * mm
            XCTAssertTrue(tablePages.allSatisfy { pages[$0].isLandscape == landscape },
                          "\(columns) columns need \(needed / mm) mm: landscape \(landscape)")
            XCTAssertFalse(pages[0].isLandscape, "the first page stays portrait")
            let after = try XCTUnwrap(pages.last { $0.words.contains { $0.text == "thống" } })
            XCTAssertFalse(after.isLandscape, "\(columns) columns: the text after the table continues portrait")
            if landscape {
                XCTAssertFalse(after.words.contains { $0.text == "Nghiêng" }, "the text after a landscape table starts a new page")
            }
        }
    }

    /// A share narrower than its column's longest word grows to hold it, the other columns giving
    /// way; a word is never cut because its length in letters looked short.
    func testAShareNarrowerThanItsLongestWordGrowsToIt() throws {
        for fixed in [120, 135, 140, 145] {
            var yaml = header + "body:\n  - table:\n      orientation: portrait\n      columns:\n"
            yaml += "        - { head: Nội dung, width: \(fixed)mm }\n        - { head: Tên, width: 1fr }\n      rows:\n"
            for name in names { yaml += "        - [Số liệu tổng hợp, \"\(name)\"]\n" }
            let document = try TestSupport.document(yaml: yaml)
            let (pages, frames) = try render(yaml)
            assertEveryWordWhole(document, pages)
            assertInsideCellsAndMargins(pages, frames)
        }
    }

    func testRepeatedRowsIncludeTheColumnNumbersOnEveryPage() throws {
        let columns = 14, rows = 60
        let (pages, _) = try render(report(columns: columns, rows: rows, repeat: 2))
        let tablePages = pages.filter { !rowNumbers($0, rows: rows).isEmpty }
        XCTAssertGreaterThanOrEqual(tablePages.count, 3)
        for page in tablePages {
            let tableTop = try XCTUnwrap(page.words.filter { $0.text == "TT" }.map(\.yMin).min(), "the header on every page")
            let numbers = page.words.filter { $0.text.hasPrefix("(") && $0.text.hasSuffix(")") && Int($0.text.dropFirst().dropLast()) != nil }
            XCTAssertEqual(numbers.map(\.text), (1...columns).map { "(\($0))" }, "the row of column numbers, once per page")
            let firstRow = try XCTUnwrap(page.words.filter { Int($0.text) != nil && $0.xMax < 30 * mm + 25 }.map(\.yMin).min())
            XCTAssertTrue(numbers.allSatisfy { $0.yMin > tableTop && $0.yMin < firstRow }, "between the header and the first row")
        }
    }

    /// Over many lengths of table and text before it, some page break falls one row from an end of
    /// the table: each page still holds at least two rows of it, and the header never ends a page.
    func testNoPageStartsOrEndsTheTableWithARowAlone() throws {
        var pagesSeen = 0
        for rows in stride(from: 18, through: 44, by: 2) {
            for lines in [1, 4] {
                var yaml = report(columns: 4, rows: rows, repeat: 2)
                let lead = String(repeating: "Nội dung báo cáo được trình bày theo từng đơn vị. ", count: 11 * lines)
                yaml = yaml.replacingOccurrences(of: "body:\n", with: "body:\n  - \"\(lead)\"\n")
                let (pages, _) = try render(yaml)
                let perPage = pages.map { rowNumbers($0, rows: rows) }.filter { !$0.isEmpty }
                pagesSeen += perPage.count
                for (index, numbers) in perPage.enumerated() {
                    XCTAssertGreaterThanOrEqual(numbers.count, 2, "\(rows) rows, \(lines) lines before: page \(index + 1) of the table holds \(numbers)")
                }
                XCTAssertEqual(perPage.joined().sorted(), Array(1...rows), "every row once")
                // A header without rows would show "TT" on a page with no row numbers.
                for page in pages where page.words.contains(where: { $0.text == "TT" }) {
                    XCTAssertFalse(rowNumbers(page, rows: rows).isEmpty, "\(rows) rows: a header alone at the bottom of a page")
                }
            }
        }
        XCTAssertGreaterThan(pagesSeen, 40)
    }

    func testFiguresAlignOnTheirDecimalCommaAsWritten() throws {
        var yaml = header + "body:\n  - table:\n      columns:\n        - { head: Đơn vị, width: 2fr }\n"
        yaml += "        - { head: Số liệu, width: 1fr, align: number }\n      rows:\n"
        for (unit, figure) in [("Quài Cang", "2.091"), ("Quài Nưa", "2.091,50"), ("Quài Tở", "17,25"), ("Tỏa Tình", "5,53")] {
            yaml += "        - [\(unit), \"\(figure)\"]\n"
        }
        let (pages, _) = try render(yaml)
        func box(_ text: String) throws -> TestSupport.Word { try XCTUnwrap(pages[0].words.first { $0.text == text }, text) }
        XCTAssertEqual(try box("2.091").xMin, try box("2.091,50").xMin, accuracy: 0.05, "the same whole part starts at the same place")
        XCTAssertEqual(try box("17,25").xMax, try box("2.091,50").xMax, accuracy: 0.05, "decimals of one length end together")
        XCTAssertEqual(try box("5,53").xMax, try box("17,25").xMax, accuracy: 0.05)
        XCTAssertLessThan(try box("2.091").xMax, try box("2.091,50").xMax - 5, "a whole number ends at the comma")
    }

    func testAWideTableSetsItsTextSmallerDownToTheLayoutsFloor() throws {
        // Landscape is refused, so the words must shrink to fit the portrait page.
        let columns = 19
        let yaml = report(columns: columns, rows: 6, extra: "      orientation: portrait\n")
        let document = try TestSupport.document(yaml: yaml)
        let frames = TestSupport.composer.layout(document)
        XCTAssertTrue(frames.allSatisfy { $0.width < $0.height })
        let sizes = Set(frames.flatMap { $0.items(.tableText) }.compactMap { item -> Double? in
            guard case let .text(shaped, _) = item.content else { return nil }
            return shaped.paragraph.size
        })
        XCTAssertEqual(sizes.count, 1)
        let size = try XCTUnwrap(sizes.first)
        XCTAssertLessThan(size, 13)
        XCTAssertGreaterThanOrEqual(size, TestSupport.composer.spec.table.minimumSize.points)
        let (pages, _) = try render(yaml)
        assertEveryWordWhole(document, pages)
        assertInsideCellsAndMargins(pages, frames)
        // The largest size in half points that fits: half a point more and the words, as printed,
        // would need more than the 165 mm of text. (The PDF's glyph widths are Cairo's, cut to
        // thousandths of an em, so a printed word is allowed half a point a letter of slack.)
        let words = widestWords(pages, frames, Array(pages.indices))
        XCTAssertLessThanOrEqual(words.map(\.width).reduce(0, +) + padding * Double(columns), 165 * mm + 0.5)
        let larger = words.map { $0.width * (size + 0.5) / size + 0.5 * Double($0.text.count) }.reduce(0, +)
        XCTAssertGreaterThan(larger + padding * Double(columns), 165 * mm)
    }

    func testATableTooWideEvenAtTheFloorIsRefusedNamingTheColumnAndWord() {
        let yaml = report(columns: 5, rows: 2, extra: "      orientation: portrait\n")
            .replacingOccurrences(of: "Hoàng Nguyễn Phương Thảo", with: "Hoàng Nguyễn Phương Thảo " + String(repeating: "Ư", count: 70))
        XCTAssertThrowsError(try TestSupport.document(yaml: yaml, file: "wide.yaml")) { error in
            guard case let Composer.Failure.invalidInput(list) = error else { return XCTFail("\(error)") }
            let message = list.diagnostics.map(\.description).joined(separator: "\n")
            XCTAssertTrue(message.hasPrefix("wide.yaml:11:5: error: this table does not fit the portrait page even at 10 pt"), message)
            XCTAssertTrue(message.contains("column 2 needs the most"), message)
            XCTAssertTrue(message.contains("“" + String(repeating: "Ư", count: 70) + "”"), message)
            XCTAssertTrue(message.contains("hint: let the table turn landscape"), message)
        }
    }

    func testARepeatCountBeyondTheRowsIsALocatedError() {
        let yaml = report(columns: 3, rows: 2, repeat: 9)
        XCTAssertThrowsError(try TestSupport.document(yaml: yaml, file: "repeat.yaml")) { error in
            XCTAssertEqual("\(error)".split(separator: "\n").first.map(String.init),
                           "repeat.yaml:12:15: error: repeat must be a whole number of the table's first rows, from 0 to 4, not 9 (hint: count the header rows, the column heads' row and any row of column numbers under them)")
        }
    }

    func testTheReportExampleTurnsWhereItsTablesNeedIt() throws {
        let document = try TestSupport.document(TestSupport.examples + "/bao-cao-ho-ngheo.yaml")
        let frames = TestSupport.composer.layout(document)
        let pdf = try TestSupport.pdfFile(document)
        let pages = try pages(pdf)
        assertEveryWordWhole(document, pages)
        assertInsideCellsAndMargins(pages, frames)
        // Portrait text, the body table's landscape pages, portrait text again, the landscape appendix.
        let body = pages.prefix { $0.words.first?.text != "Phụ" }
        XCTAssertEqual(body.map(\.isLandscape), [false, true, true, false])
        XCTAssertTrue(pages.dropFirst(body.count).allSatisfy(\.isLandscape))
        // Page numbers at the top centre of each page as read, the main text's running across its turns.
        for (index, page) in pages.enumerated() where index != 0 && index != body.count {
            let number = try XCTUnwrap(page.words.min { $0.yMin < $1.yMin })
            XCTAssertEqual(number.text, String(index < body.count ? index + 1 : index - body.count + 1))
            XCTAssertEqual((number.xMin + number.xMax) / 2, 30 * mm + (page.width - 45 * mm) / 2, accuracy: 1)
        }
        let json = try JSONSerialization.jsonObject(with: Data(try TestSupport.run("qpdf", ["--json", "--json-key=pagelabels", "--json-key=outlines", pdf]).output.utf8)) as? [String: Any]
        let labels = (json?["pagelabels"] as? [[String: Any]] ?? []).map { $0["index"] as? Int ?? -1 }
        XCTAssertEqual(labels, [0, body.count], "arabic labels for the main text, then the appendix's own")
        // Bookmarks point at the pages their headings landed on, the landscape one included.
        func entries(_ outlines: [[String: Any]]) -> [(String, Int)] {
            outlines.flatMap { entry in
                [(entry["title"] as? String ?? "", entry["destpageposfrom1"] as? Int ?? 0)]
                    + entries(entry["kids"] as? [[String: Any]] ?? [])
            }
        }
        let bookmarks = Dictionary(entries(json?["outlines"] as? [[String: Any]] ?? []), uniquingKeysWith: { first, _ in first })
        XCTAssertEqual(bookmarks["II. KẾT QUẢ RÀ SOÁT"], 2)
        XCTAssertEqual(bookmarks["2. Đánh giá chung"], 4)
        XCTAssertEqual(bookmarks["Phụ lục. DANH SÁCH HỘ NGHÈO PHÁT SINH TRONG NĂM 2024"], body.count + 1)
        // The total row ends the body table with the row before it; the header repeats with its numbers.
        XCTAssertTrue(pages[2].words.contains { $0.text == "Toàn" })
        XCTAssertEqual(pages[2].words.filter { $0.text == "(13)" }.count, 1)
        XCTAssertGreaterThanOrEqual(rowNumbers(pages[2], rows: 19).count, 2)
    }
}
