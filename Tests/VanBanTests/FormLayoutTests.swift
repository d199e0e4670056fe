import VanBan
import VanBanLayout
import VanBanModel
import VanBanText
import XCTest

/// Form features in layout: fill-in conventions of body text, fitted column widths, bold group
/// rows, landscape appendices for wide tables with their page numbers, and input errors.
final class FormLayoutTests: XCTestCase {
    func document(body: String, appendix: String = "") throws -> Document {
        try TestSupport.document(yaml: """
            type: Báo cáo
            issuer: { name: TRƯỜNG THCS AN BÌNH }
            symbol: BC
            place: An Bình
            date: 2024-02-05
            body:
            \(body)
            \(appendix.isEmpty ? "" : "appendices:\n" + appendix)
            """)
    }

    func testFillInLinesAreRecognisedByTheirDots() throws {
        let document = try self.document(body: """
              - |
                1. Kết quả đạt được
                + Tỷ lệ người tham gia: ……
                + Số lớp đã mở: ....
                Tổ chức các hoạt động (hội thảo, giao lưu...)
                Tổng số …… người tham gia.
                ……………
                ……………
              - { lines: 3, name: Kiến nghị }
            """)
        let kinds = document.body.map { block -> String in
            switch block {
            case let .heading(heading): return "heading \(heading.text.plain)"
            case let .paragraph(paragraph): return (paragraph.leader ? "leader " : "paragraph ") + paragraph.text.plain
            case let .blankLines(lines): return "lines \(lines.count) \(lines.name ?? "-")"
            case .table: return "table"
            }
        }
        XCTAssertEqual(kinds, [
            "heading 1. Kết quả đạt được",
            "leader + Tỷ lệ người tham gia:",
            "leader + Số lớp đã mở:",
            "paragraph Tổ chức các hoạt động (hội thảo, giao lưu...)",   // three dots end a sentence
            "paragraph Tổng số …… người tham gia.",                       // a slot inside a sentence is text
            "lines 2 -",
            "lines 3 Kiến nghị",
        ])
    }

    /// A leader starts one space after the text and ends within a dot of the right margin; its
    /// blank covers exactly that stretch of the line.
    func testLeaderRunsToTheRightMargin() throws {
        let pages = TestSupport.composer.layout(try document(body: "  - \"+ Tỷ lệ người tham gia: ……\""))
        let page = try XCTUnwrap(pages.first)
        let line = try XCTUnwrap(page.items(.body).last)
        let leader = try XCTUnwrap(page.items(.leader).first)
        let blank = try XCTUnwrap(page.bodyBlanks.first)
        let right = TestSupport.composer.spec.page.width.points - TestSupport.composer.spec.page.right.points
        XCTAssertEqual(leader.y, line.y, accuracy: 0.01, "on the same baseline")
        XCTAssertGreaterThan(leader.x, line.x + line.width)
        XCTAssertLessThan(leader.x - (line.x + line.width), 5)
        XCTAssertLessThanOrEqual(leader.x + leader.width, right + 0.01)
        XCTAssertEqual(leader.x + leader.width, right, accuracy: 0.5, "ends at the margin")
        XCTAssertEqual(blank.x, leader.x, accuracy: 0.1, "the dots spread to fill the line from the text on")
        XCTAssertEqual(blank.x + blank.width, right, accuracy: 0.01)
        guard case let .blank(fill) = blank.content else { return XCTFail() }
        XCTAssertEqual(fill.label, "Tỷ lệ người tham gia")
        XCTAssertLessThan(blank.y, line.y)
        XCTAssertGreaterThan(blank.y + fill.height, line.y, "the blank's box holds the baseline")
    }

    /// Every leader and blank line of the Tuần Giáo form ends at the margin (within 0.5 pt), made
    /// of "…" only (no "." topping up), and pdftotext reads each as one run of dots.
    func testEveryLeaderEndsAtTheMarginInOneRunOfEllipses() throws {
        let path = TestSupport.examples + "/tuan-giao-form.yaml"
        let pages = try TestSupport.pages(path)
        let right = TestSupport.composer.spec.page.width.points - TestSupport.composer.spec.page.right.points
        let leaders = pages.flatMap { $0.items(.leader) }
        XCTAssertGreaterThan(leaders.count, 15)
        for leader in leaders {
            XCTAssertEqual(leader.x + leader.width, right, accuracy: 0.5, leader.text)
            XCTAssertTrue(leader.text.allSatisfy { $0 == "…" }, leader.text)
        }
        let pdf = try TestSupport.pdfFile(try TestSupport.document(path))
        let dotWords = try TestSupport.boundingBoxes(pdf).filter { $0.text.hasPrefix("……") && $0.xMax > right - 1 }
        XCTAssertEqual(dotWords.count, leaders.count, "each leader reads back as one word of dots")
        for word in dotWords { XCTAssertEqual(word.xMax, right, accuracy: 0.5, "pdftotext's box ends at the margin") }
    }

    /// Dots left open inside sentences are blanks too, each exactly where pdftotext finds its dots,
    /// named after the words before it; a run that wraps would give one blank per line.
    func testSlotsInsideSentencesAreBlanksOverTheirDots() throws {
        let document = try self.document(body: """
              - |
                Thời gian: …………… Địa điểm: …………… Số người tham dự: …………… người.
                Tổng số lớp đã mở là …………… lớp với …………… học viên, trong đó có …………………… học viên là người cao tuổi.
                Các hoạt động (hội thảo, giao lưu...) đã tổ chức.
            """)
        let page = try XCTUnwrap(TestSupport.composer.layout(document).first)
        let blanks = page.bodyBlanks.compactMap { item -> (label: String, item: FrameItem)? in
            guard case let .blank(fill) = item.content else { return nil }
            return (fill.label, item)
        }
        XCTAssertEqual(blanks.map(\.label), ["Thời gian", "Địa điểm", "Số người tham dự", "Tổng số lớp đã mở là", "lớp với",
                                             "học viên, trong đó có"])
        let pdf = try TestSupport.pdfFile(document)
        let words = try TestSupport.run("pdftotext", ["-bbox", pdf, "-"]).output.split(separator: "\n")
            .filter { $0.contains(">……") }
            .map { line -> (Double, Double) in
                func value(_ name: String) -> Double {
                    let start = line.range(of: name + "=\"")!.upperBound
                    return Double(line[start...].prefix { $0 != "\"" })!
                }
                return (value("xMin"), value("xMax"))
            }
        XCTAssertEqual(words.count, blanks.count)
        for ((xMin, xMax), blank) in zip(words, blanks) {
            XCTAssertEqual(blank.item.x, xMin, accuracy: 0.5, blank.label)
            XCTAssertEqual(blank.item.x + blank.item.width, xMax, accuracy: 0.5, blank.label)
        }
    }

    func table(_ columns: String, rows: String) -> String {
        """
              - table:
                  columns: \(columns)
                  rows: \(rows)
        """
    }

    /// A fitted column is its widest word plus the cell padding; a bold row prints every cell bold.
    func testFittedColumnsAndBoldRows() throws {
        let document = try self.document(body: table(
            "[{ head: STT, width: fit }, Nội dung, { head: Đơn vị, width: fit, fill: number }]",
            rows: "[{ bold: true, cells: [\"10\", Kinh phí, \"\"] }, [\"\", Ngân sách nhà nước, \"\"]]"))
        guard case let .table(table) = document.body[0] else { return XCTFail("a table") }
        XCTAssertTrue(table.rows[0].allSatisfy { $0.text.runs.allSatisfy(\.bold) })
        XCTAssertEqual(table.rows[0][2].blank, .number)
        XCTAssertNil(table.rows[0][0].blank, "only the columns with fill")

        let page = try XCTUnwrap(TestSupport.composer.layout(document).first)
        let verticals = Set(page.items(.tableBorder).compactMap { item -> Double? in
            guard case let .rule(x2, y2, _) = item.content, x2 == item.x, y2 != item.y else { return nil }
            return (item.x * 100).rounded() / 100
        }).sorted()
        XCTAssertEqual(verticals.count, 4)
        let context = TestSupport.composer
        let padding = 2 * context.spec.table.paddingX.points
        let text = TextContext(library: context.fonts)
        let headerWidth = { (word: String) in text.shape([TextRun(word, bold: true)], size: 13, width: nil).naturalWidth }
        XCTAssertEqual(verticals[1] - verticals[0], headerWidth("STT") + padding, accuracy: 0.02)
        XCTAssertEqual(verticals[3] - verticals[2], max(headerWidth("Đơn"), headerWidth("vị")) + padding, accuracy: 0.02)
        XCTAssertEqual(verticals[3] - verticals[0], context.spec.page.textWidth.points, accuracy: 0.02)
    }

    func wideAppendix(orientation: String? = nil, rows: Int = 40) -> String {
        let columns = (1...6).map { "{ head: Cột \($0), width: 45mm }" }.joined(separator: ", ")
        let row = "[" + (1...6).map { "\"\($0)\"" }.joined(separator: ", ") + "]"
        return """
              - title: BẢNG SỐ LIỆU
                reference: ""
            \(orientation.map { "    orientation: \($0)" } ?? "")
                body:
            \(table("[\(columns)]", rows: "[" + Array(repeating: row, count: rows).joined(separator: ", ") + "]"))
            """
    }

    /// A table wider than the portrait text width turns its appendix landscape, and only it; each
    /// landscape page is landscape-sized and numbered at its own top centre.
    func testWideTableGetsLandscapePagesForItsAppendixOnly() throws {
        let pages = TestSupport.composer.layout(try document(body: "  - Nội dung.", appendix: wideAppendix()))
        let spec = TestSupport.composer.spec
        let (a4Width, a4Height) = (spec.page.width.points, spec.page.height.points)
        XCTAssertEqual(pages[0].width, a4Width)
        let appendixPages = pages.filter { $0.section == 1 }
        XCTAssertGreaterThan(appendixPages.count, 1)
        for page in appendixPages {
            XCTAssertEqual(page.width, a4Height)
            XCTAssertEqual(page.height, a4Width)
            let borders = page.items(.tableBorder)
            XCTAssertLessThanOrEqual(borders.map { max($0.x, $0.x + $0.width) }.max() ?? 0,
                                     a4Height - spec.page.right.points + 0.01, "the table fits the landscape margins")
            XCTAssertEqual((borders.map(\.x).min() ?? 0), spec.page.left.points, accuracy: 0.01)
        }
        let number = try XCTUnwrap(appendixPages[1].items(.pageNumber).first)
        XCTAssertEqual(number.text, "2")
        let centre = spec.page.left.points + (a4Height - spec.page.left.points - spec.page.right.points) / 2
        XCTAssertEqual(number.x + number.width / 2, centre, accuracy: 0.5)
        XCTAssertEqual(number.y, spec.pageNumber.baseline.points, accuracy: 0.01)

        let pdf = try TestSupport.pdfFile(try document(body: "  - Nội dung.", appendix: wideAppendix()))
        let sizes = try TestSupport.run("pdfinfo", ["-f", "1", "-l", "3", pdf]).output
            .split(separator: "\n").filter { $0.hasPrefix("Page") && $0.contains("size:") }.map { TestSupport.folded(String($0)) }
        XCTAssertEqual(sizes, ["Page 1 size: 595.276 x 841.89 pts (A4)", "Page 2 size: 841.89 x 595.276 pts (A4)",
                               "Page 3 size: 841.89 x 595.276 pts (A4)"])
        XCTAssertEqual(try TestSupport.run("qpdf", ["--check", pdf]).status, 0)
    }

    func testOrientationCanBeForced() throws {
        let portrait = TestSupport.composer.layout(try document(body: "  - Nội dung.",
                                                                appendix: wideAppendix(orientation: "portrait", rows: 2)))
        XCTAssertTrue(portrait.allSatisfy { $0.width < $0.height }, "scaled to the portrait margins instead")
        let landscape = TestSupport.composer.layout(try document(body: "  - Nội dung.", appendix: """
              - title: GHI CHÚ
                orientation: landscape
                body: Nội dung.
            """))
        XCTAssertEqual(landscape.map { $0.width > $0.height }, [false, true])
    }

    func testFormInputErrorsAreLocatedWithHints() {
        let messages = { (body: String) -> [String] in
            do {
                _ = try self.document(body: body)
                return []
            } catch let Composer.Failure.invalidInput(list) {
                return list.diagnostics.map(\.description)
            } catch {
                return ["\(error)"]
            }
        }
        XCTAssertEqual(messages(table("[{ head: A, fill: numbr }]", rows: "[[\"\"]]")),
                       ["test.yaml:8:38: error: unknown fill 'numbr' (hint: did you mean 'number'?)"])
        XCTAssertEqual(messages(table("[{ head: A, width: fits }]", rows: "[[\"\"]]")),
                       ["test.yaml:8:39: error: a column width must be a length (25mm), a share (2fr) or fit, not 'fits'"])
        XCTAssertEqual(messages("  - { lines: 0 }"), ["test.yaml:7:14: error: lines must be a whole number from 1 to 100, not 0.0"])
        XCTAssertEqual(messages("  - { line: 2 }"),
                       ["test.yaml:7:5: error: an item of body must have the key 'paragraph', 'table', 'programme' or 'lines' (hint: did you mean 'lines'?)"])
    }
}

/// Table cells keep "cuộc/người" whole (a fitted column is as wide as such a word), and no cell
/// text crosses its column's borders.
final class TableSlashTests: XCTestCase {
    func testSlashedWordsInCellsStayWholeInsideTheirBorders() throws {
        for example in ["tuan-giao-form.yaml", "tuan-giao.yaml"] {
            let pages = try TestSupport.pages(TestSupport.examples + "/" + example)
            var wholeWords = 0
            for page in pages {
                let verticals = page.items(.tableBorder).compactMap { item -> (x: Double, top: Double, bottom: Double)? in
                    guard case let .rule(x2, y2, _) = item.content, abs(x2 - item.x) < 0.01 else { return nil }
                    return (item.x, min(item.y, y2), max(item.y, y2))
                }
                for cell in page.items(.tableText) {
                    let text = cell.text.trimmingCharacters(in: .whitespacesAndNewlines)
                    guard case let .text(shaped, line) = cell.content else { continue }
                    let rest = shaped.text.utf8.dropFirst(shaped.lines[line].startIndex + shaped.lines[line].length)
                    let next = String(decoding: rest, as: UTF8.self).first
                    XCTAssertFalse(cell.text.last == "/" && next?.isLetter == true, "\(example): '\(text)' broke after its slash")
                    if text.hasSuffix("cuộc/người") { wholeWords += 1 }
                    let around = verticals.filter { $0.top <= cell.y && $0.bottom >= cell.y }
                    let left = around.filter { $0.x <= cell.x + 0.01 }.map(\.x).max()
                    let right = around.filter { $0.x > cell.x + 0.01 }.map(\.x).min()
                    XCTAssertNotNil(left, text)
                    XCTAssertLessThanOrEqual(cell.x + cell.width, (right ?? 0) + 0.01, "\(example): '\(text)' overflows its cell")
                }
            }
            XCTAssertGreaterThan(wholeWords, 3, example)
        }
    }
}

extension PageFrame {
    /// The blanks under the title (the header's blank số and ngày are blanks too).
    var bodyBlanks: [FrameItem] {
        let title = items(.type).first?.y ?? 0
        return items(.blank).filter { $0.y > title }
    }
}
