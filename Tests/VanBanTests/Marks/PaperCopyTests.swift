import Foundation
import VanBan
import VanBanLayout
import VanBanModel
import XCTest

/// A paper copy (Mẫu 3.1, nd30-templates.md §3): the copy block after the copied document on
/// the same sheet, measured from the layout frames and the PDF; its own signature and seal fields.
final class PaperCopyTests: XCTestCase {
    let mm = TestSupport.mm
    let example = TestSupport.examples + "/sao-y.yaml"
    let left = 30 * TestSupport.mm, leftColumn = 65 * TestSupport.mm, rightColumn = 100 * TestSupport.mm

    /// After the signer's name: a full-width rule; the copier (bold capitals, its short rule) and
    /// "Số: 03/SY-UBND" on the left, "SAO Y" and the italic place and date on the right, the number
    /// and the date on one baseline; then Nơi nhận and the copy's signer.
    func testTheCopyBlockFollowsTheCopiedDocumentUnderAFullWidthRule() throws {
        let pages = try TestSupport.pages(example)
        let page = try XCTUnwrap(pages.last)
        let rule = try XCTUnwrap(page.items(.copyRule).first, "the block is on the last page")
        XCTAssertEqual(pages.flatMap { $0.items(.copyRule) }.count, 1)
        XCTAssertEqual(rule.x, left, accuracy: 0.01)
        XCTAssertEqual(rule.width, 165 * mm, accuracy: 0.01, "as wide as the text")
        let names = page.items(.signerName)
        XCTAssertEqual(names.map(\.text), ["Vàng A Lử", "Lò Văn Thanh"])
        XCTAssertGreaterThan(rule.y, names[0].y + 3, "after the copied document's signer")
        XCTAssertLessThan(rule.y, names[0].y + 30)

        let issuer = page.items(.copyIssuer)
        XCTAssertEqual(issuer.map(\.text), ["ỦY BAN NHÂN DÂN", "XÃ QUÀI CANG"])
        let kind = try XCTUnwrap(page.items(.copyKind).first)
        XCTAssertEqual(kind.text, "SAO Y")
        XCTAssertEqual(issuer[0].y, kind.y, accuracy: 0.01, "the columns start on one baseline")
        XCTAssertGreaterThan(issuer[0].y, rule.y + 6)
        let issuerRule = try XCTUnwrap(page.items(.copyIssuerRule).first)
        XCTAssertEqual(issuerRule.width, 0.4 * (issuer.map(\.width).max() ?? 0), accuracy: 0.01)
        let number = try XCTUnwrap(page.items(.copyNumber).first), date = try XCTUnwrap(page.items(.copyDate).first)
        XCTAssertEqual(number.text, "Số: 03/SY-UBND")
        XCTAssertEqual(date.text, "Quài Cang, ngày 09 tháng 9 năm 2024")
        XCTAssertEqual(number.y, date.y, accuracy: 0.01)
        XCTAssertGreaterThan(number.y, issuerRule.y)
        for item in issuer + [number] {
            XCTAssertEqual(item.x + item.width / 2, left + leftColumn / 2, accuracy: 0.01, item.text)
        }
        for item in [kind, date] {
            XCTAssertEqual(item.x + item.width / 2, left + leftColumn + rightColumn / 2, accuracy: 0.01, item.text)
        }
        let heading = try XCTUnwrap(page.items(.recipientsHeading).last)
        let copyTitle = try XCTUnwrap(page.items(.signerTitle).last)
        XCTAssertEqual(copyTitle.text, "CHỦ TỊCH")
        XCTAssertGreaterThan(heading.y, date.y, "Nơi nhận in the next row")
        XCTAssertEqual(page.items(.recipient).last?.text, "- Lưu: VT.")

        // Read back from the PDF: the words in this order, "SAO Y" bold, the date italic.
        let pdf = try TestSupport.pdfFile(try TestSupport.document(example))
        let text = TestSupport.folded(try TestSupport.extractText(pdf))
        let order = ["Vàng A Lử", "ỦY BAN NHÂN DÂN XÃ QUÀI CANG", "SAO Y", "Số: 03/SY-UBND", "Quài Cang, ngày 09 tháng 9 năm 2024",
                     "TM. ỦY BAN NHÂN DÂN", "Lò Văn Thanh"]
        var rest = Substring(text)
        for phrase in order {
            let found = try XCTUnwrap(rest.range(of: phrase), "'\(phrase)' in order in \(text)")
            rest = rest[found.upperBound...]
        }
        let words = try TestSupport.boundingBoxes(pdf).filter { $0.page == pages.count }
        let sao = try XCTUnwrap(words.first { $0.text == "SAO" })
        XCTAssertGreaterThan(sao.yMin, page.height - (page.height - rule.y), "under the rule in the PDF")
    }

    /// Kept on the sheet of the copied text's end: when the block does not fit under the closing,
    /// the end of the copied text goes over with it instead of the block standing alone.
    func testTheCopyBlockStaysWithTheEndOfTheCopiedText() throws {
        var text = try String(contentsOfFile: example, encoding: .utf8)
        let clause = "  Điều 1. Công nhận danh hiệu “Thôn văn hóa” năm 2024 cho 03 thôn của xã Quài Cang: thôn Nà Có, thôn Co Muông và thôn Bản Cộng.\n"
        text = text.replacingOccurrences(of: "body: |\n", with: "body: |\n" + String(repeating: clause, count: 3))
        let pages = TestSupport.composer.layout(try TestSupport.document(yaml: text))
        XCTAssertEqual(pages.count, 2)
        let last = try XCTUnwrap(pages.last)
        XCTAssertEqual(last.items(.copyRule).count, 1)
        XCTAssertFalse(last.items(.body).isEmpty, "the copied text's last lines are on the copy block's page")
        XCTAssertEqual(last.items(.signerName).map(\.text), ["Vàng A Lử", "Lò Văn Thanh"])
    }

    /// The copy's signer and seal have fields of their own, which `--anchors` lists with the
    /// document's; their rectangles are the regions layout marked.
    func testTheCopySignerAndSealFieldsAreListedByAnchors() throws {
        let directory = TestSupport.temporaryDirectory()
        let result = try TestSupport.vanban(["render", example, "-o", directory + "/sy.pdf", "--anchors", directory + "/sy.json"])
        XCTAssertEqual(result.status, 0, result.error)
        let anchors = try JSONDecoder().decode(Anchors.self, from: Data(contentsOf: URL(fileURLWithPath: directory + "/sy.json")))
        XCTAssertEqual(anchors.fields.map(\.name), ["signer", "organisation", "copy-signer", "copy-organisation"])
        XCTAssertEqual(try QPDFForm.fields(directory + "/sy.pdf").map(\.name), anchors.fields.map(\.name))
        let page = try XCTUnwrap(try TestSupport.pages(example).last)
        let signer = try XCTUnwrap(page.items(.signerSignature).first { $0.fieldName == "copy-signer" })
        let seal = try XCTUnwrap(page.items(.sealPosition).first { $0.fieldName == "copy-organisation" })
        for (name, region) in [("copy-signer", signer), ("copy-organisation", seal)] {
            let anchor = try XCTUnwrap(anchors.fields.first { $0.name == name })
            guard case let .region(width, height, label) = region.content else { return XCTFail(name) }
            XCTAssertEqual(anchor.x, region.x, accuracy: 0.011, name)
            XCTAssertEqual(anchor.y, page.height - region.y - height, accuracy: 0.011, name)
            XCTAssertEqual(anchor.width, width, accuracy: 0.011, name)
            XCTAssertEqual(anchor.text, label)
        }
        XCTAssertEqual(anchors.fields.first { $0.name == "copy-signer" }?.text, "Lò Văn Thanh")
        XCTAssertEqual(anchors.fields.first { $0.name == "copy-organisation" }?.text, "ỦY BAN NHÂN DÂN XÃ QUÀI CANG")
        let title = try XCTUnwrap(page.items(.signerTitle).last)
        XCTAssertGreaterThan(signer.y, title.y, "the copy's signature space under its signer's title")
    }
}
