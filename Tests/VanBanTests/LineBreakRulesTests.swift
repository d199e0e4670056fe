import VanBan
import VanBanLayout
import VanBanText
import XCTest

/// Where lines may break around dashes, hyphens and addresses, measured on the lines Pango set:
/// a line never starts with the dash of " - ", and hyphenated words, web and e-mail addresses
/// never break at their hyphens, slashes or dots.
final class LineBreakRulesTests: XCTestCase {
    let text = TextContext(library: TestSupport.composer.fonts)

    /// The lines of `sample` set at every width from `from` to `through`, in every alignment a
    /// document uses (table cells: left, keeping slashed words).
    private func lineSets(_ sample: String, from: Double = 40, through: Double = 470) -> [[String]] {
        var sets: [[String]] = []
        for width in stride(from: from, through: through, by: 3.7) {
            for alignment in [TextAlignment.center, .justify] {
                let shaped = text.shape([TextRun(sample, bold: alignment == .center)], size: 13, width: width, alignment: alignment)
                sets.append(shaped.lines.indices.map { shaped.text(ofLine: $0) })
            }
        }
        return sets
    }

    func testALineNeverStartsWithTheDashOfASpacedDash() {
        let samples = ["HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG QUẬN ĐỐNG ĐA",
                       "Chuyên mục Hỏi - đáp về học tập suốt đời – năm 2024 — của quận",
                       "I. MỤC ĐÍCH - YÊU CẦU"]
        var brokeAfterDash = 0
        for sample in samples {
            for lines in lineSets(sample) {
                for line in lines.dropFirst() {
                    XCTAssertFalse(["-", "–", "—"].contains { line.hasPrefix($0) }, "\(lines)")
                }
                if lines.dropLast().contains(where: { $0.hasSuffix("- ") || $0.hasSuffix("– ") }) { brokeAfterDash += 1 }
            }
        }
        XCTAssertGreaterThan(brokeAfterDash, 10, "a line may still break after the dash (\"Hỏi -\" / \"đáp\")")
    }

    func testHyphenatedWordsAndAddressesStayWhole() {
        let words = ["Rang-Tháp", "Mát-xcơ-va", "https://a-b.gov.vn/x-y", "vanthu-ubnd@dongda.hanoi.gov.vn", "www.hoc-tap.edu.vn/tuan-le"]
        let sample = "Gửi về Phan Rang-Tháp Chàm và Mát-xcơ-va qua https://a-b.gov.vn/x-y hoặc vanthu-ubnd@dongda.hanoi.gov.vn, xem www.hoc-tap.edu.vn/tuan-le nhé"
        var compared = 0
        // From the width of the longest address on: narrower, it is cut between letters anyway.
        for lines in lineSets(sample, from: 200) {
            let words = words.filter { word in !lines.contains { $0.contains(word) } }
            XCTAssertEqual(words, [], "\(lines)")
            compared += 1
        }
        XCTAssertGreaterThan(compared, 100)
    }

    func testTableCellsKeepHyphenatedWordsWholeAndMayStartALineWithADash() {
        for width in stride(from: 60.0, through: 200, by: 2.3) {
            let shaped = text.shape([TextRun("Phan Rang-Tháp Chàm - Ninh Thuận")], size: 13, width: width, keepsSlashedWords: true)
            let lines = shaped.lines.indices.map { shaped.text(ofLine: $0) }
            XCTAssertTrue(lines.contains { $0.contains("Rang-Tháp") }, "\(lines)")
        }
    }

    /// The issuer in a document's header, set in its column and balanced.
    func testTheIssuerNeverStartsALineWithTheDash() throws {
        let document = try TestSupport.document(yaml: """
            type: Kế hoạch
            issuer: { parent: UBND QUẬN ĐỐNG ĐA, name: HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG }
            symbol: KH-HĐTĐKT
            place: Đống Đa
            date: 2025-10-01
            body: "Nội dung: Hỏi - đáp về thi đua - khen thưởng, xem https://thidua-khenthuong.dongda.gov.vn/hoi-dap./."
            """)
        let page = try XCTUnwrap(TestSupport.composer.layout(document).first)
        let issuer = page.items(.issuer).map(\.text)
        XCTAssertEqual(issuer.count, 2)
        XCTAssertEqual(issuer.joined(separator: " ").split(separator: " "), "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG".split(separator: " "))
        XCTAssertFalse(issuer.contains { $0.trimmingCharacters(in: .whitespaces).hasPrefix("-") }, "\(issuer)")
    }
}
