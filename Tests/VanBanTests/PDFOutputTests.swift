import Foundation
import VanBanModel
import XCTest

/// Checks on the real PDFs, read back with poppler and qpdf as a user's tools would.
final class PDFOutputTests: XCTestCase {
    /// Every paragraph, heading, căn cứ and table cell of every example comes back from
    /// `pdftotext` exactly (NFC, diacritics intact): paragraphs whole and in order (page numbers,
    /// lines of digits alone, may stand between the lines of a paragraph that crosses a page);
    /// table cells line by line, since pdftotext interleaves the lines of neighbouring cells: each
    /// cell's laid-out lines make up its text (nothing lost, no word broken), and each line
    /// extracts whole.
    func testTheTextOfEveryExampleExtractsExactly() throws {
        for file in TestSupport.exampleFiles {
            let document = try TestSupport.document(file)
            let extracted = try TestSupport.extractText(try TestSupport.pdfFile(document))
            XCTAssertEqual(extracted, extracted.precomposedStringWithCanonicalMapping, "\(file): extracted text is NFC")
            let withoutPageNumbers = extracted.replacingOccurrences(of: "\u{0C}", with: "\n").split(separator: "\n").filter { !$0.allSatisfy(\.isNumber) || $0.isEmpty }
            let text = TestSupport.folded(withoutPageNumbers.joined(separator: "\n"))
            var cells: [String] = []
            var position = text.startIndex
            for expected in expectedTexts(document, cells: &cells) {
                let folded = TestSupport.folded(expected)
                guard let range = text.range(of: folded, range: position..<text.endIndex) else {
                    XCTFail("\(file): not found in order: \(folded)")
                    continue
                }
                position = range.upperBound
            }
            let everything = TestSupport.folded(extracted)
            // A header row repeated on a later page is the same shaped text: group per page.
            for page in TestSupport.composer.layout(document) {
                for (_, lines) in Dictionary(grouping: page.items(.tableText), by: { $0.paragraphID! }) {
                    // A line may break after a slash ("Số cuộc/" + "người"): join those without a space.
                    let joined = TestSupport.folded(lines.sorted { $0.y < $1.y }.map(\.text).joined(separator: " "))
                        .replacingOccurrences(of: "/ ", with: "/")
                    if joined.isEmpty { continue }
                    XCTAssertTrue(cells.contains { TestSupport.folded($0).replacingOccurrences(of: "/ ", with: "/") == joined }, "\(file): a cell lost or broke text: \(joined)")
                    for line in lines {
                        XCTAssertTrue(everything.contains(TestSupport.folded(line.text)), "\(file): cell line not extracted: \(line.text)")
                    }
                }
            }
        }
    }

    /// The texts of a document in reading order (tables cell by cell).
    private func expectedTexts(_ document: Document, cells: inout [String]) -> [String] {
        var texts = document.issuer.parent + document.issuer.name
        if document.isOfficialLetter {
            texts += document.summary.map { ["V/v " + $0.plain] } ?? []
            texts += document.addressees.isEmpty ? [] : ["Kính gửi:"] + document.addressees.map(\.plain)
        } else {
            texts += [document.type.uppercased()] + (document.summary.map { [$0.plain] } ?? [])
        }
        texts += document.bases.map(\.plain)
        var tableCells: [String] = []   // a nested function cannot capture the inout parameter
        func blocks(_ blocks: [Block]) {
            for block in blocks {
                switch block {
                case let .paragraph(paragraph): texts.append(paragraph.text.plain)
                case let .heading(heading): texts.append(heading.text.plain)
                case let .table(table):
                    tableCells += (table.headerRows + table.rows).flatMap { $0.map(\.text.plain) }.filter { !$0.isEmpty }
                case .blankLines: break
                }
            }
        }
        blocks(document.preamble)
        blocks(document.body)
        if let note = document.note { texts.append(note.plain) }
        for appendix in document.appendices {
            texts += (appendix.label.map { [$0] } ?? []) + appendix.title + appendix.subtitle.map(\.plain)
            if case let .text(reference) = appendix.reference { texts.append(reference) }
            blocks(appendix.body)
        }
        cells = tableCells
        return texts
    }

    /// Liberation Serif kerns "A" before a space and a space before "T": with kerning, the gap in
    /// "CỦA TUẦN" shrank to 1.9 pt and a reader's search and copy saw "CỦATUẦN". Set unkerned, as
    /// Word sets Times New Roman, every word space of a bold capital heading reads as a space.
    func testWordSpacesOfCapitalHeadingsSurviveExtraction() throws {
        let pdf = try TestSupport.pdfFile(try TestSupport.document(TestSupport.examples + "/my-hao.yaml"), name: "my-hao")
        let raw = try TestSupport.run("pdftotext", ["-raw", "-enc", "UTF-8", pdf, "-"]).output
        XCTAssertTrue(raw.contains("II. CHỦ ĐỀ CỦA TUẦN LỄ"), "raw extraction keeps the space")
        XCTAssertFalse(raw.contains("CỦATUẦN"))
        let words = try TestSupport.boundingBoxes(pdf)
        let cua = try XCTUnwrap(words.first { $0.text == "CỦA" })
        let tuan = try XCTUnwrap(words.first { $0.text == "TUẦN" && $0.page == cua.page && abs($0.yMax - cua.yMax) < 1 })
        XCTAssertGreaterThan(tuan.xMin - cua.xMax, 3, "a full word space")
    }

    func testClosingBlockTextIsExtractable() throws {
        let document = try TestSupport.document(TestSupport.examples + "/bach-thong.yaml")
        let text = TestSupport.folded(try TestSupport.extractText(try TestSupport.pdfFile(document)))
        for expected in ["Nơi nhận:", "Gửi bản điện tử:", "- UBND tỉnh Bắc Kạn (B/cáo);", "- Lưu VT.",
                         "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Duy Luân",
                         "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                         "(Kế hoạch này thay cho giấy mời)"] {
            XCTAssertTrue(text.contains(expected), expected)
        }
    }

    func testFontsAreTheBundledOnesEmbeddedAsSubsets() throws {
        for file in TestSupport.exampleFiles {
            let result = try TestSupport.run("pdffonts", [try TestSupport.pdfFile(try TestSupport.document(file))])
            XCTAssertEqual(result.status, 0)
            let rows = result.output.split(separator: "\n").dropFirst(2)
            XCTAssertFalse(rows.isEmpty)
            for row in rows {
                let columns = row.split(separator: " ", omittingEmptySubsequences: true)
                XCTAssertTrue(columns[0].contains("+LiberationSerif"), "\(file): \(row)")
                let flags = columns.suffix(5).prefix(3)   // emb sub uni
                XCTAssertEqual(Array(flags), ["yes", "yes", "yes"], "\(file): \(row)")
            }
        }
    }

    func testEveryPDFPassesQpdfCheck() throws {
        for file in TestSupport.exampleFiles {
            let result = try TestSupport.run("qpdf", ["--check", try TestSupport.pdfFile(try TestSupport.document(file))])
            XCTAssertEqual(result.status, 0, "\(file): \(result.output) \(result.error)")
            XCTAssertTrue(result.output.contains("No syntax or stream encoding errors found"), file)
        }
    }

    func testMetadataComesFromTheDocumentAndBytesAreDeterministic() throws {
        let document = try TestSupport.document(TestSupport.examples + "/dong-da.yaml")
        let first = try TestSupport.pdfFile(document, name: "a"), second = try TestSupport.pdfFile(document, name: "b")
        XCTAssertEqual(FileManager.default.contents(atPath: first), FileManager.default.contents(atPath: second),
                       "the same input gives the same bytes")
        let info = try TestSupport.pdfInfo(first)
        XCTAssertEqual(info["Title"], "KẾ HOẠCH Tổ chức “Tuần lễ hưởng ứng học tập suốt đời” năm 2024 trên địa bàn quận Đông Đa")
        XCTAssertEqual(info["Author"], "ỦY BAN NHÂN DÂN QUẬN ĐỐNG ĐA")
        XCTAssertEqual(info["Subject"], "Kế hoạch số /KH-UBND")
        XCTAssertEqual(info["Creator"], "VanBan")
        XCTAssertEqual(info["CreationDate"], "2024-09-20T08:00:00+07")
        XCTAssertEqual(info["Page size"], "595.276 x 841.89 pts (A4)")
    }

    /// Measured from the PDF alone: every word inside the margins, and the header where the
    /// decree puts it.
    func testGeometryMeasuredFromThePDFAlone() throws {
        let pdf = try TestSupport.pdfFile(try TestSupport.document(TestSupport.examples + "/my-hao.yaml"))
        let words = try TestSupport.boundingBoxes(pdf)
        let mm = TestSupport.mm
        for word in words where word.text.allSatisfy(\.isNumber) == false || word.yMin > 20 * mm {
            XCTAssertGreaterThanOrEqual(word.xMin, 30 * mm - 0.5, word.text)
            XCTAssertLessThanOrEqual(word.xMax, 195 * mm + 0.5, word.text)
            XCTAssertGreaterThanOrEqual(word.yMin, 20 * mm - 1, word.text)
            XCTAssertLessThanOrEqual(word.yMax, 277 * mm + 1, word.text)
        }
        let page1 = words.filter { $0.page == 1 }
        let so = try XCTUnwrap(page1.first { $0.text == "Số:" })
        let place = try XCTUnwrap(page1.first { $0.text == "Mỹ" && $0.yMin > so.yMin - 5 })
        XCTAssertEqual(so.yMax, place.yMax, accuracy: 1.5, "number and date on one line")
        XCTAssertLessThan(so.xMax, 95 * mm, "the number is in the left column")
        XCTAssertGreaterThan(place.xMin, 95 * mm, "the date is in the right column")
        let pageNumbers = words.filter { $0.page > 1 && $0.yMax < 20 * mm }
        XCTAssertEqual(pageNumbers.map(\.text), (2...pageNumbers.count + 1).map(String.init), "numbers from page 2 on")
        XCTAssertFalse(page1.contains { $0.yMax < 20 * mm }, "no page number on page 1")
    }
}
