import VanBanModel
import XCTest

/// Reading documents: the body conventions, inline markup, the decree's zero padding, NFC, and
/// one model for YAML and JSON.
final class InputTests: XCTestCase {
    func document(_ body: String, extra: String = "") throws -> Document {
        try TestSupport.document(yaml: """
            type: Kế hoạch
            issuer: { name: ỦY BAN NHÂN DÂN XÃ AN BÌNH }
            symbol: KH-UBND
            place: An Bình
            date: 2024-02-05
            \(extra)
            body: |
            \(body.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n"))
            """)
    }

    func kinds(_ body: String) throws -> [String] {
        try document(body).body.map { block in
            switch block {
            case let .heading(heading): return "\(heading.kind)"
            case let .paragraph(paragraph): return paragraph.leader ? "leader" : "paragraph"
            case .table: return "table"
            case let .blankLines(lines): return "lines \(lines.count)"
            }
        }
    }

    func testBodyLinesAreRecognisedByHowTheyStart() throws {
        let body = """
            Phần I
            QUY ĐỊNH CHUNG
            Chương II
            PHẠM VI
            Mục 1
            NHỮNG QUY ĐỊNH
            Điều 5. Phạm vi điều chỉnh
            I. MỤC ĐÍCH, YÊU CẦU
            1. Mục đích
            1. Tổ chức Tuần lễ nhằm đẩy mạnh phong trào học tập.
            4.1. Thời gian:
            4.2. Địa điểm tại trường THCS, thị trấn.
            a) Đẩy mạnh công tác tuyên truyền;
            - Tuyên truyền trên các phương tiện thông tin đại chúng;
            + Học tập suốt đời.
            \\1. Một câu không phải tiêu đề
            Tuần lễ được tổ chức từ ngày 01/10/2024
            """
        XCTAssertEqual(try kinds(body), [
            "division", "divisionTitle", "division", "divisionTitle", "division", "divisionTitle", "article", "section", "clause",
            // "4.1. Thời gian:" takes the weight of its sibling "4.2. …", a sentence: one list, one weight.
            "paragraph", "paragraph", "paragraph", "paragraph", "paragraph", "paragraph", "paragraph", "paragraph",
        ])
        guard case let .paragraph(escaped) = try document(body).body[15] else { return XCTFail() }
        XCTAssertEqual(escaped.text.plain, "1. Một câu không phải tiêu đề")
    }

    func testInlineMarkupMakesBoldAndItalicRunsAndKeepsStrayAsterisks() throws {
        let blocks = try document("**4.1. Thời gian:** 01 buổi, *Phố Nà Hái*, 5 \\* 3 và 2 * 2").body
        guard case let .paragraph(paragraph) = blocks[0] else { return XCTFail() }
        XCTAssertEqual(paragraph.text.plain, "4.1. Thời gian: 01 buổi, Phố Nà Hái, 5 * 3 và 2 * 2")
        XCTAssertEqual(paragraph.text.runs.filter(\.bold).map(\.text), ["4.1. Thời gian:"])
        XCTAssertEqual(paragraph.text.runs.filter(\.italic).map(\.text), ["Phố Nà Hái"])
    }

    func testNumbersAndDatesGetTheDecreesLeadingZeros() throws {
        var document = try document("Nội dung.", extra: "number: 5")
        XCTAssertEqual(document.number, "05")
        XCTAssertEqual(document.date, DocumentDate(day: "05", month: "02", year: "2024"))
        document = try TestSupport.document(yaml: """
            type: Kế hoạch
            issuer: { name: UBND }
            number: "5"
            symbol: KH-UBND
            place: An Bình
            date: { day: 9, month: 10, year: 2024 }
            body: Nội dung.
            """)
        XCTAssertEqual(document.number, "5", "text is kept as written")
        XCTAssertEqual(document.date, DocumentDate(day: "09", month: "10", year: "2024"), "only months 1 and 2 get a zero")
        document = try TestSupport.document(yaml: """
            type: Kế hoạch
            issuer: { name: UBND }
            number: ""
            symbol: KH-UBND
            place: An Bình
            date: { day: "", month: 9, year: 2024 }
            body: Nội dung.
            """)
        XCTAssertNil(document.number)
        XCTAssertEqual(document.date, DocumentDate(day: nil, month: "9", year: "2024"))
    }

    func testTextIsNormalisedToNFC() throws {
        let decomposed = "Tuần lễ học tập".decomposedStringWithCanonicalMapping
        XCTAssertNotEqual(Array(decomposed.unicodeScalars), Array("Tuần lễ học tập".unicodeScalars))
        guard case let .paragraph(paragraph) = try document(decomposed).body[0] else { return XCTFail() }
        XCTAssertEqual(Array(paragraph.text.plain.unicodeScalars), Array("Tuần lễ học tập".unicodeScalars))
    }

    func testJSONAndYAMLGiveTheSameDocument() throws {
        let yaml = try TestSupport.document(TestSupport.examples + "/minimal.yaml")
        let json = try TestSupport.document(TestSupport.fixtures + "/minimal.json")
        XCTAssertEqual(yaml, json)
    }

    func testAppendicesAreNumberedWhenThereAreSeveralAndGetAReferenceLine() throws {
        // The second appendix hides its label only.
        let document = try TestSupport.document(yaml: """
            type: Kế hoạch
            issuer: { name: UBND }
            number: 83
            symbol: KH-UBND
            place: An Bình
            date: 2025-10-01
            body: Nội dung./.
            appendices:
              - { title: LỊCH TỔ CHỨC, body: Nội dung. }
              - { title: DANH SÁCH, body: Nội dung., label: "" }
            """)
        XCTAssertEqual(document.appendices.map(\.label), ["Phụ lục I", nil])
        XCTAssertEqual(document.appendices[0].reference, .automatic)
        let pages = TestSupport.composer.layout(document)
        let reference = try XCTUnwrap(pages.first { $0.section == 1 }?.items(.appendixReference).first)
        XCTAssertEqual(reference.text, "(Kèm theo Kế hoạch số 83/KH-UBND ngày 01 tháng 10 năm 2025 của UBND)")
        XCTAssertTrue(try XCTUnwrap(pages.first { $0.section == 2 }).items(.appendixReference).isEmpty == false,
                      "the second appendix gets its reference line too")
    }

    func testEveryExampleReadsWithItsAppendicesAndRecipients() throws {
        let appendices = ["my-hao.yaml": 0, "dong-da.yaml": 1, "bach-thong.yaml": 1, "tuan-giao.yaml": 2, "hai-phong.json": 1]
        for (name, count) in appendices {
            let file = TestSupport.examples + "/" + name
            let document = try TestSupport.document(file)
            XCTAssertGreaterThan(document.body.count, 15, file)
            XCTAssertEqual(document.appendices.count, count, file)
            XCTAssertNotNil(document.signer, file)
            XCTAssertTrue(document.recipients.flatMap(\.items).last?.plain.hasPrefix("Lưu") ?? false, file)
        }
    }
}
