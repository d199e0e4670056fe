import Foundation
import VanBan
import VanBanLayout
import VanBanModel
import XCTest

/// The optional marks of Phụ lục I (nd30-templates.md §2), measured from the layout frames and
/// from the PDF in points: the secrecy and urgency stamps, the circulation mark, the typist's
/// line and the contact footer.
final class MarksTests: XCTestCase {
    let mm = TestSupport.mm
    let example = TestSupport.examples + "/cong-van-khan.yaml"
    let left = 30 * TestSupport.mm, leftColumn = 65 * TestSupport.mm, rightColumn = 100 * TestSupport.mm

    func rectangle(_ item: FrameItem) throws -> (width: Double, height: Double) {
        guard case let .rectangle(width, height, _) = item.content else { throw XCTSkip("not a rectangle") }
        return (width, height)
    }

    /// Each stamp at its decree size (the secrecy sizes the decree leaves open: TUYỆT MẬT 40×8,
    /// TỐI MẬT 30×8, MẬT 20×8), centred in the left column, in red.
    func testEveryStampHasItsSizeAndIsCentredUnderTheNumberInRed() throws {
        let sizes: [(String, String, Double)] = [
            ("urgency", "HỎA TỐC", 30), ("urgency", "THƯỢNG KHẨN", 40), ("urgency", "khẩn", 20),
            ("secrecy", "TUYỆT MẬT", 40), ("secrecy", "Tối mật", 30), ("secrecy", "MẬT", 20),
        ]
        let minimal = try String(contentsOfFile: TestSupport.examples + "/minimal.yaml", encoding: .utf8)
        for (key, word, width) in sizes {
            let document = try TestSupport.document(yaml: minimal + "\nmarks:\n  \(key): \(word)\n")
            let page = try XCTUnwrap(TestSupport.composer.layout(document).first)
            let frame = try XCTUnwrap(page.items(.stampFrame).first, word)
            let size = try rectangle(frame)
            XCTAssertEqual(size.width, width * mm, accuracy: 0.01, word)
            XCTAssertEqual(size.height, 8 * mm, accuracy: 0.01, word)
            XCTAssertEqual(frame.x + size.width / 2, left + leftColumn / 2, accuracy: 0.01, "\(word): centred under Số")
            let text = try XCTUnwrap(page.items(.stamp).first)
            XCTAssertEqual(text.text, word.uppercased())
            XCTAssertEqual(text.x + text.width / 2, frame.x + size.width / 2, accuracy: 0.01, "\(word): centred in its frame")
            XCTAssertGreaterThan(text.y, frame.y + 4 * mm, "\(word): the baseline in the frame's lower half")
            XCTAssertLessThan(text.y, frame.y + size.height - 1)
            XCTAssertEqual(text.ink, .red)
            XCTAssertEqual(frame.ink, .red)
            let number = try XCTUnwrap(page.items(.number).first)
            XCTAssertGreaterThan(frame.y, number.y + 3, "\(word): under the Số line")
        }
    }

    /// Under the V/v of a công văn, 10a (MẬT) above 10b (KHẨN), 6 pt apart; in the PDF each word
    /// is inside its frame.
    func testSecrecyAboveUrgencyUnderTheSummaryOfALetter() throws {
        let pages = try TestSupport.pages(example)
        let page = try XCTUnwrap(pages.first)
        let frames = page.items(.stampFrame), words = page.items(.stamp)
        XCTAssertEqual(words.map(\.text), ["MẬT", "KHẨN"])
        XCTAssertEqual(frames.count, 2)
        let summary = try XCTUnwrap(page.items(.letterSummary).last)
        XCTAssertGreaterThan(frames[0].y, summary.y + 3, "10a under the V/v")
        XCTAssertEqual(frames[1].y - (frames[0].y + (try rectangle(frames[0]).height)), 6, accuracy: 0.01, "10b under 10a")
        XCTAssertLessThan(frames[1].y + (try rectangle(frames[1]).height), try XCTUnwrap(page.items(.addressee).first).y,
                          "the stamps end before Kính gửi")

        let pdf = try TestSupport.pdfFile(try TestSupport.document(example))
        let boxes = try TestSupport.boundingBoxes(pdf)
        for (word, frame) in zip(["MẬT", "KHẨN"], frames) {
            let box = try XCTUnwrap(boxes.first { $0.page == 1 && $0.text == word }, word)
            let size = try rectangle(frame)
            XCTAssertGreaterThan(box.xMin, frame.x, word)
            XCTAssertLessThan(box.xMax, frame.x + size.width, word)
            XCTAssertGreaterThan(box.yMin, frame.y - 1, word)
            XCTAssertLessThan(box.yMax, frame.y + size.height + 1, word)
        }
    }

    /// Rasterised, the page has red ink inside each stamp (its word and its border) and nowhere
    /// else; the circulation mark's border is black.
    func testOnlyTheStampsAreRedOnThePrintedPage() throws {
        let page = try XCTUnwrap(try TestSupport.pages(example).first)
        let raster = try RasterPage(try TestSupport.pdfFile(try TestSupport.document(example)))
        let frames = try page.items(.stampFrame).map { ($0, try rectangle($0)) }
        let red = raster.redPoints
        XCTAssertGreaterThan(red.count, 200, "the stamps are printed red")
        let outside = red.filter { point in
            !frames.contains { frame, size in
                point.x >= frame.x - 1.5 && point.x <= frame.x + size.width + 1.5
                    && point.y >= frame.y - 1.5 && point.y <= frame.y + size.height + 1.5
            }
        }
        XCTAssertEqual(outside.count, 0, "red pixels outside the stamps, first at \(outside.first.map { "\($0)" } ?? "")")
        for (frame, size) in frames {
            // The left border, and the word's middle.
            XCTAssertGreaterThan(raster.count(x: frame.x - 1, y: frame.y + 2, width: 2, height: size.height - 4, raster.isRed), 10)
            XCTAssertGreaterThan(raster.count(x: frame.x + 3, y: frame.y + 3, width: size.width - 6, height: size.height - 6,
                                              raster.isRed), 30)
        }
        let circulation = try XCTUnwrap(page.items(.circulationFrame).first)
        let circulationSize = try rectangle(circulation)
        XCTAssertGreaterThan(raster.count(x: circulation.x - 1, y: circulation.y + 2, width: 2,
                                          height: circulationSize.height - 4, raster.isBlack), 10, "the circulation box is black")
    }

    /// LƯU HÀNH NỘI BỘ in a bordered box in the top margin, above the quốc hiệu and centred on
    /// its column; in the PDF its words stand above CỘNG HÒA.
    func testCirculationMarkIsBoxedAboveTheNationalTitle() throws {
        let page = try XCTUnwrap(try TestSupport.pages(example).first)
        let frame = try XCTUnwrap(page.items(.circulationFrame).first)
        let size = try rectangle(frame)
        let text = try XCTUnwrap(page.items(.circulation).first)
        let national = try XCTUnwrap(page.items(.nationalTitle).first)
        XCTAssertEqual(text.text, "LƯU HÀNH NỘI BỘ")
        XCTAssertEqual(size.height, 8 * mm, accuracy: 0.01)
        XCTAssertEqual(frame.x + size.width / 2, left + leftColumn + rightColumn / 2, accuracy: 0.01, "centred over the quốc hiệu")
        XCTAssertGreaterThan(frame.y, 0)
        XCTAssertLessThanOrEqual(frame.y + size.height, 20 * mm, "in the top margin")
        XCTAssertGreaterThan(text.x, frame.x)
        XCTAssertLessThan(text.x + text.width, frame.x + size.width)
        XCTAssertLessThan(frame.y + size.height, national.y - 13 * 0.9, "above the quốc hiệu's capitals")
        XCTAssertEqual(text.ink, .black)

        let boxes = try TestSupport.boundingBoxes(try TestSupport.pdfFile(try TestSupport.document(example)))
        let mark = try XCTUnwrap(boxes.first { $0.page == 1 && $0.text == "NỘI" })
        let title = try XCTUnwrap(boxes.first { $0.page == 1 && $0.text == "CỘNG" })
        XCTAssertLessThan(mark.yMax, title.yMin)
        XCTAssertEqual(boxes.filter { $0.text == "NỘI" }.count, 1, "page 1 only")
    }

    /// The footer sits at the foot of page 1's text area under a full-width rule, and page 1's
    /// text stops above it; later pages have none.
    func testFooterIsOnPageOneOnlyUnderAFullWidthRule() throws {
        var text = try String(contentsOfFile: example, encoding: .utf8)
        let paragraph = "  Các cơ quan, đơn vị rà soát lại toàn bộ hồ sơ, tài liệu có nội dung bí mật nhà nước đang lưu giữ, lập danh mục và báo cáo theo đúng thời hạn quy định.\n"
        text = text.replacingOccurrences(of: "body: |\n", with: "body: |\n" + String(repeating: paragraph, count: 14))
        let document = try TestSupport.document(yaml: text)
        let pages = TestSupport.composer.layout(document)
        XCTAssertGreaterThan(pages.count, 1)
        let page = pages[0]
        let rule = try XCTUnwrap(page.items(.footerRule).first)
        XCTAssertEqual(rule.x, left, accuracy: 0.01)
        XCTAssertEqual(rule.width, 165 * mm, accuracy: 0.01, "as wide as the text")
        let lines = page.items(.footer)
        XCTAssertEqual(lines.first?.text, "Địa chỉ: Khối Đồng Tâm, thị trấn Tuần Giáo, huyện Tuần Giáo, tỉnh Điện Biên")
        let textBottom = (297 - 20) * mm
        let lastLine = try XCTUnwrap(lines.last)
        XCTAssertLessThanOrEqual(lastLine.y + 11 * 0.2, textBottom, "the footer's descenders end in the text area")
        XCTAssertGreaterThan(lastLine.y, textBottom - 11 * 0.3, "at its foot")
        for line in lines { XCTAssertGreaterThan(line.y - 11 * 0.9, rule.y, "under the rule") }
        let flow = page.textItems.filter { ![.footer, .circulation, .stamp].contains($0.part) }
        let lowest = try XCTUnwrap(flow.map(\.y).max())
        XCTAssertLessThan(lowest + 14 * 0.25, rule.y, "page 1's text stops above the footer's rule")
        XCTAssertGreaterThan(lowest, rule.y - 14 * 3, "and fills the page down to it")
        for later in pages.dropFirst() {
            XCTAssertTrue(later.items(.footer).isEmpty && later.items(.footerRule).isEmpty, "page 1 only")
        }

        let pdf = try TestSupport.pdfFile(document)
        let boxes = try TestSupport.boundingBoxes(pdf)
        let address = boxes.filter { $0.text == "Khối" }
        XCTAssertEqual(address.map(\.page), [1], "the footer is printed on page 1 only")
        let belowRule = boxes.filter { $0.page == 1 && $0.yMax > rule.y }.map(\.text)
        XCTAssertEqual(belowRule, lines.flatMap { $0.text.split(separator: " ").map(String.init) },
                       "under the rule stands the footer and nothing else")
    }

    /// Ô 12 on its own line under "Lưu", at the recipients' left edge and in 11 pt.
    func testTypistLineFollowsTheLuuEntry() throws {
        let page = try XCTUnwrap(try TestSupport.pages(example).first)
        let typist = try XCTUnwrap(page.items(.typist).first)
        let recipients = page.items(.recipient)
        let luu = try XCTUnwrap(recipients.last)
        XCTAssertEqual(luu.text, "- Lưu: VT, VP.")
        XCTAssertEqual(typist.text, "TH.(25)")
        XCTAssertEqual(typist.x, left, accuracy: 0.01)
        XCTAssertEqual(typist.y - luu.y, 11 * 1.15, accuracy: 0.01, "the next line, at 11 pt single spacing")
        let text = TestSupport.folded(try TestSupport.extractText(try TestSupport.pdfFile(try TestSupport.document(example))))
        XCTAssertTrue(text.contains("- Lưu: VT, VP. TH.(25)"), text)
    }
}
