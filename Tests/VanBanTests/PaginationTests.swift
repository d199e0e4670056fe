import VanBanLayout
import VanBanModel
import XCTest

/// Page breaks: headings kept with what follows, no lone first or last line of a paragraph,
/// the closing block kept with the end of the body, table headers repeated and rows unsplit.
final class PaginationTests: XCTestCase {
    /// Documents whose page breaks fall at every possible place: `filler` short paragraphs push a
    /// heading, a long paragraph and the closing block down line by line.
    func shiftedDocuments() throws -> [[PageFrame]] {
        let sentence = "Tổ chức các hoạt động hưởng ứng Tuần lễ học tập suốt đời với hình thức phù hợp, thiết thực và hiệu quả"
        let long = Array(repeating: sentence, count: 5).joined(separator: ", ") + "."
        return try (0..<40).map { filler in
            var body = (0..<filler).map { "- Dòng \($0 + 1)." }
            body += ["I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", long, "2. Yêu cầu", long, long + "./."]
            let yaml = """
                type: Kế hoạch
                issuer: { name: [ỦY BAN NHÂN DÂN, XÃ AN BÌNH] }
                number: 12
                symbol: KH-UBND
                place: An Bình
                date: 2024-09-20
                summary: Thử ngắt trang
                body: |
                \(body.map { "  " + $0 }.joined(separator: "\n"))
                recipients: [UBND huyện;, "Lưu: VT."]
                signer: { authority: TM. ỦY BAN NHÂN DÂN, title: CHỦ TỊCH, name: Trần Văn Bình }
                """
            return TestSupport.composer.layout(try TestSupport.document(yaml: yaml))
        }
    }

    func allDocuments() throws -> [(String, [PageFrame])] {
        try TestSupport.exampleFiles.map { ($0, try TestSupport.pages($0)) }
            + shiftedDocuments().enumerated().map { ("shifted \($0.offset)", $0.element) }
    }

    func testNoHeadingOrLeadInIsLastOnAPage() throws {
        for (name, pages) in try allDocuments() {
            // A heading may end a section (an outline's last, empty heading); it may not end a page
            // whose section goes on over the page.
            for (index, page) in pages.enumerated() where index + 1 < pages.count && pages[index + 1].section == page.section {
                let flow = page.items.filter {
                    [.heading, .body, .basis, .tableText, .recipient, .signerName, .leader].contains($0.part)
                }
                guard let last = flow.max(by: { $0.y < $1.y }) else { continue }
                // A lead-in followed by its fill-in dots on the same line is complete.
                let filledIn = flow.contains { $0.part == .leader && abs($0.y - last.y) < 0.01 }
                XCTAssertNotEqual(last.part, .heading, "\(name) page \(index + 1) ends with the heading '\(last.text)'")
                XCTAssertFalse(last.part == .body && !filledIn && last.text.trimmingCharacters(in: .whitespaces).hasSuffix(":"),
                               "\(name) page \(index + 1) ends with the lead-in '\(last.text)'")
            }
        }
    }

    func testNoParagraphLeavesASingleLineAloneOnAPage() throws {
        for (name, pages) in try allDocuments() {
            var pagesOf: [ObjectIdentifier: [Int: Int]] = [:]
            for (index, page) in pages.enumerated() {
                for item in page.items where [.body, .basis].contains(item.part) {
                    pagesOf[item.paragraphID!, default: [:]][index, default: 0] += 1
                }
            }
            for (_, counts) in pagesOf where counts.count > 1 {
                for (page, count) in counts {
                    XCTAssertGreaterThanOrEqual(count, 2, "\(name): a paragraph leaves \(count) line alone on page \(page + 1)")
                }
            }
        }
    }

    func testTheClosingBlockIsNeverAloneOnItsPage() throws {
        // A programme handed to attendees has no signer, so no closing block to keep.
        let unsigned = try TestSupport.exampleFiles.filter { try TestSupport.document($0).signer == nil }
        XCTAssertEqual(unsigned.map { ($0 as NSString).lastPathComponent }, ["programme.yaml"])
        for (name, pages) in try allDocuments() where !unsigned.contains(name) {
            guard let page = pages.first(where: { !$0.items(.signerName).isEmpty }) else {
                XCTFail("\(name): no signer")
                continue
            }
            // The body's lines: paragraphs, căn cứ, headings and a form's fill-in dots.
            let bodyLines = [FramePart.body, .basis, .heading, .leader].map { page.items($0).count }.reduce(0, +)
            XCTAssertGreaterThanOrEqual(bodyLines, 2,
                                        "\(name): the signer block needs the body's last lines on its page")
            let signerTop = page.items(.signerTitle).map(\.y).min() ?? 0
            let lastBody = page.items(.body).map(\.y).max() ?? 0
            XCTAssertLessThan(lastBody, signerTop, name)
        }
    }

    /// A Nơi nhận list taller than a page goes on over the next page: every recipient printed,
    /// down to "Lưu: VT.", inside the bottom margin, the signer beside the list's first lines.
    func testARecipientListTallerThanAPageGoesOnOverTheNextPage() throws {
        let recipients = (1...40).map { "\"Phòng ban đơn vị số \($0) của huyện Tuần Giáo tỉnh Điện Biên;\"" } + ["\"Lưu: VT.\""]
        let yaml = """
            type: Kế hoạch
            issuer: { name: [ỦY BAN NHÂN DÂN, HUYỆN TUẦN GIÁO] }
            number: 12
            symbol: KH-UBND
            place: Tuần Giáo
            date: 2024-09-20
            summary: Thử danh sách nơi nhận dài
            body: |
              Nội dung kế hoạch./.
            recipients: [\(recipients.joined(separator: ", "))]
            signer: { authority: TM. ỦY BAN NHÂN DÂN, title: CHỦ TỊCH, name: Trần Văn Bình }
            """
        let pdf = try TestSupport.pdfFile(try TestSupport.document(yaml: yaml), name: "recipients")
        let text = TestSupport.folded(try TestSupport.extractText(pdf))
        for number in 1...40 { XCTAssertTrue(text.contains("đơn vị số \(number) của huyện"), "recipient \(number)") }
        XCTAssertTrue(text.contains("- Lưu: VT."))
        let words = try TestSupport.boundingBoxes(pdf)
        let bottom = TestSupport.composer.spec.page.height.points - TestSupport.composer.spec.page.bottom.points
        XCTAssertEqual(words.filter { $0.yMax > bottom + 1 }.map(\.text), [], "nothing below the bottom margin")
        let pages = Set(words.filter { $0.text == "Tuần" }.map(\.page))
        XCTAssertGreaterThanOrEqual(pages.count, 2, "the list goes on over a second page")
        let signer = try XCTUnwrap(words.first { $0.text == "Bình" })
        let heading = try XCTUnwrap(words.first { $0.text == "nhận:" })
        XCTAssertEqual(signer.page, heading.page, "the signer stands beside the list's first lines")
    }

    func testTableHeaderRepeatsOnEveryPageAndNoRowIsSplit() throws {
        let pages = try TestSupport.pages(TestSupport.examples + "/dong-da.yaml").filter { $0.section == 1 }
        XCTAssertGreaterThanOrEqual(pages.count, 2, "the schedule crosses a page")
        var pageOfCell: [ObjectIdentifier: Int] = [:]
        for (index, page) in pages.enumerated() {
            let cells = page.items(.tableText)
            let top = try XCTUnwrap(cells.min(by: { $0.y < $1.y }))
            let headerRow = cells.filter { abs($0.y - top.y) < 0.01 }.map(\.text)
            XCTAssertEqual(headerRow, ["TT", "Giờ", "Ngày", "Đơn vị", "Nội dung"], "page \(index + 1) starts with the header")
            for cell in cells {
                let id = cell.paragraphID!
                if let other = pageOfCell[id], headerRow.contains(cell.text) == false {
                    XCTAssertEqual(other, index, "a cell's lines are split across pages: \(cell.text)")
                }
                pageOfCell[id] = index
            }
        }
    }

    func testEveryAppendixStartsOnANewPageWithItsHeading() throws {
        for file in TestSupport.exampleFiles {
            let pages = try TestSupport.pages(file)
            let document = try TestSupport.document(file)
            for section in 1..<(document.appendices.count + 1) {
                let first = try XCTUnwrap(pages.first { $0.section == section }, file)
                XCTAssertTrue(first.items(.body).isEmpty || !first.items(.appendixTitle).isEmpty, file)
                XCTAssertFalse(first.items(.appendixTitle).isEmpty, "\(file): appendix \(section) has its title first")
                let titleTop = first.items(.appendixTitle).map(\.y).min()!
                XCTAssertLessThan(titleTop, 20 * TestSupport.mm + 40, "\(file): the title is at the top of the page")
            }
        }
    }
}
