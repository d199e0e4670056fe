import VanBanLayout
import XCTest

/// Kính gửi of a công văn (nd30.md §2, ô 9a; nd30-detail.md §3.6): 3.5 cm in from the left margin,
/// one addressee on the same line, several one per line with their dashes where the colon ends.
final class AddresseeTests: XCTestCase {
    let mm = TestSupport.mm

    func testSeveralAddresseesStandUnderTheColon() throws {
        let pages = try TestSupport.pages(TestSupport.examples + "/cong-van.yaml")
        let lines = pages[0].items(.addressee).sorted { $0.y < $1.y }
        XCTAssertEqual(lines.map(\.text), ["Kính gửi:", "- Phòng Giáo dục và Đào tạo huyện;", "- Trung tâm GDNN - GDTX huyện;",
                                           "- UBND các xã, thị trấn;", "- Các trường học trên địa bàn huyện."])
        XCTAssertEqual(lines[0].x, (30 + 35) * mm, accuracy: 0.01, "3.5 cm from the left margin")
        for line in lines.dropFirst() {
            XCTAssertEqual(line.x, lines[0].x + lines[0].width, accuracy: 0.01, "the dash starts where the colon ends")
        }
        let pitch = zip(lines.dropFirst(), lines).map { $0.y - $1.y }
        for step in pitch { XCTAssertEqual(step, pitch[0], accuracy: 0.01, "one line each, at the body's pitch") }
        let summary = try XCTUnwrap(pages[0].items(.letterSummary).max { $0.y < $1.y })
        XCTAssertGreaterThan(lines[0].y, summary.y + 12, "below the V/v block")
        let body = try XCTUnwrap(pages[0].items(.body).min { $0.y < $1.y })
        XCTAssertLessThan(lines.last!.y, body.y)
        let text = TestSupport.folded(try TestSupport.extractText(try TestSupport.pdfFile(try TestSupport.document(TestSupport.examples + "/cong-van.yaml"))))
        XCTAssertTrue(text.contains("Kính gửi: - Phòng Giáo dục và Đào tạo huyện; - Trung tâm GDNN - GDTX huyện;"), text)
    }

    func testOneAddresseeFollowsOnTheSameLineAndWrapsUnderItself() throws {
        let yaml = """
            type: Công văn
            issuer: { name: ỦY BAN NHÂN DÂN HUYỆN TUẦN GIÁO }
            symbol: UBND-VP
            place: Tuần Giáo
            date: { day: 8, month: 10, year: 2020 }
            summary: Báo cáo kết quả
            addressees: Sở Giáo dục và Đào tạo tỉnh Điện Biên, Ban chỉ đạo xây dựng xã hội học tập tỉnh và các cơ quan liên quan.
            body: Nội dung.
            """
        let document = try TestSupport.document(yaml: yaml)
        let lines = TestSupport.composer.layout(document)[0].items(.addressee).sorted { $0.y < $1.y }
        XCTAssertGreaterThan(lines.count, 1)
        XCTAssertTrue(lines[0].text.hasPrefix("Kính gửi: Sở Giáo dục"), lines[0].text)
        XCTAssertEqual(lines[0].x, (30 + 35) * mm, accuracy: 0.01)
        // "Kính gửi: " is about 60 pt at 14 pt: wrapped lines start under the addressee's first letter.
        for line in lines.dropFirst() {
            XCTAssertEqual(line.x, lines[0].x + 60, accuracy: 6, "the wrapped line hangs under the addressee, not the label")
            XCTAssertEqual(line.x, lines[1].x, accuracy: 0.01)
        }
        XCTAssertLessThanOrEqual(lines[1].x + lines[1].width, (210 - 15) * mm + 0.01)
    }
}
