import Foundation
import VanBan
import VanBanLayout
import VanBanModel
import XCTest

/// Sign-ready output (nd30.md §7): the empty signature fields sit exactly over the signature space
/// and the seal position, and a real signer (pyHanko, PAdES) fills them one after the other.
final class SigningTests: XCTestCase {
    let mm = TestSupport.mm

    private var signedExamples: [String] {
        TestSupport.exampleFiles.filter { (try? TestSupport.document($0).signer) != nil }
    }

    /// The fields a document's PDF gets, in page order: each signer's, the organisation's, and a
    /// paper copy's signer and seal after them.
    static func fieldNames(_ document: Document, signersOnly: Bool = false) -> [String] {
        let copy = document.copy == nil ? [] : [SignatureFieldName.copySigner, SignatureFieldName.copyOrganisation]
        if signersOnly { return SignatureFieldName.names(for: document.signers) + copy.prefix(1) }
        return SignatureFieldName.names(for: document.signers) + ["organisation"] + copy
    }

    /// The regions layout marks: the signer's field fills the space between the last title line and
    /// the name, centred on the title lines; the seal's square covers the field's left third.
    func testSignatureRegionsSitInTheSignatureSpace() throws {
        XCTAssertFalse(signedExamples.isEmpty)
        for file in signedExamples {
            let pages = try TestSupport.pages(file)
            let page = try XCTUnwrap(pages.first { !$0.items(.signerSignature).isEmpty }, file)
            let document = try TestSupport.document(file)
            // The document's own signers; a paper copy's signer is measured by PaperCopyTests.
            let regions = page.items(.signerSignature).filter { $0.fieldName != SignatureFieldName.copySigner }
                .sorted { $0.x < $1.x }
            XCTAssertEqual(regions.count, document.signers.count, "\(file): one field for each signer")
            XCTAssertEqual(regions.map(\.fieldName), SignatureFieldName.names(for: document.signers).map(Optional.some), file)
            for (signer, region) in zip(document.signers, regions) {
                guard case let .region(width, height, label) = region.content else { return XCTFail(file) }
                // The lines in the signer's own column: those centred inside the region's span.
                let inColumn = { (item: FrameItem) in item.x + item.width / 2 > region.x && item.x + item.width / 2 < region.x + width }
                let name = try XCTUnwrap(page.items(.signerName).first(where: inColumn), file)
                let titles = page.items(.signerTitle).filter { inColumn($0) && $0.y < name.y }   // not a copy's below
                XCTAssertEqual(label, signer.name)
                XCTAssertEqual(name.text, signer.name)
                XCTAssertEqual(height, 30 * mm, accuracy: 0.01, "\(file): as tall as the signature space")
                XCTAssertEqual(width, 60 * mm, accuracy: 0.01)
                for centre in titles.map({ $0.x + $0.width / 2 }) {
                    XCTAssertEqual(region.x + width / 2, centre, accuracy: 1, "\(file): centred on the title lines")
                }
                let lastTitle = try XCTUnwrap(titles.max { $0.y < $1.y }, file)
                XCTAssertGreaterThan(region.y, lastTitle.y, "\(file): below the last title line's baseline")
                XCTAssertLessThan(region.y + height, name.y - 10, "\(file): above the name")
            }
            // The body's seal goes with the signer on the right, covering the left third of the signature.
            let seals = page.items(.sealPosition).filter { $0.fieldName == nil }
            let signer = try XCTUnwrap(regions.last), seal = try XCTUnwrap(seals.first)
            XCTAssertEqual(seals.count, 1, file)
            guard case let .region(width, height, _) = signer.content,
                  case let .region(sealWidth, sealHeight, _) = seal.content else { return XCTFail(file) }
            XCTAssertEqual(sealWidth, 36 * mm, accuracy: 0.01)
            XCTAssertEqual(sealHeight, sealWidth)
            XCTAssertEqual(seal.x + sealWidth, signer.x + width / 3, accuracy: 0.01, "\(file): the seal covers the left third")
            XCTAssertEqual(seal.y + sealHeight / 2, signer.y + height / 2, accuracy: 0.01, "\(file): level with the signature")
        }
    }

    /// The PDF's fields (read back with qpdf) are those regions, in PDF coordinates, and are listed
    /// in the page's annotations; `--sign-fields` chooses which are written.
    func testFieldsInThePDFMatchTheRegions() throws {
        for file in signedExamples {
            let document = try TestSupport.document(file)
            let pages = TestSupport.composer.layout(document)
            let path = TestSupport.temporaryDirectory() + "/signed.pdf"
            try TestSupport.composer.pdf(document, pages: pages).write(to: URL(fileURLWithPath: path))
            let fields = try QPDFForm.fields(path)
            let signerFields = Self.fieldNames(document, signersOnly: true)
            XCTAssertEqual(fields.map(\.name), Self.fieldNames(document), file)
            for field in fields {
                XCTAssertEqual(field.type, "/Sig")
                let page = pages[field.page - 1]
                let region = try XCTUnwrap(field.name == "organisation" ? page.items(.sealPosition).first { $0.fieldName == nil }
                    : (page.items(.signerSignature) + page.items(.sealPosition)).first { ($0.fieldName ?? "signer") == field.name })
                guard case let .region(width, height, _) = region.content else { return XCTFail() }
                let expected = [region.x, page.height - region.y - height, region.x + width, page.height - region.y]
                for (got, want) in zip(field.rect, expected) { XCTAssertEqual(got, want, accuracy: 0.01, "\(file) \(field.name)") }
            }
            let check = try TestSupport.run("qpdf", ["--check", path])
            XCTAssertEqual(check.status, 0, check.output)
            for (choice, names) in [(SignatureFields.signer, signerFields), (.none, [])] {
                try TestSupport.composer.pdf(document, pages: pages, signatureFields: choice).write(to: URL(fileURLWithPath: path))
                XCTAssertEqual(try QPDFForm.fields(path).map(\.name), names, "\(file) --sign-fields \(choice)")
            }
        }
    }

    /// For every example: render, sign each signer's field (two for a biên bản), then the
    /// organisation's, then a paper copy's signer and seal (copy-signer, copy-organisation), with pyHanko; every signature validates (intact, trusted, covering the file up to their revision) and every
    /// page renders exactly as before signing.
    func testEveryExampleSignsTwiceInARowWithPyHanko() throws {
        try Python.require(module: "pyhanko", package: "pyHanko==0.38.0")
        for file in signedExamples {
            let directory = TestSupport.temporaryDirectory()
            let unsigned = directory + "/plan.pdf"
            let document = try TestSupport.document(file)
            try TestSupport.composer.pdf(document, pages: TestSupport.composer.layout(document))
                .write(to: URL(fileURLWithPath: unsigned))
            let fields = Self.fieldNames(document)
            let result = try Python.sign(unsigned, in: directory, fields: fields)
            XCTAssertEqual(result.status, 0, "\(file): \(result.output) \(result.error)")
            XCTAssertTrue(result.output.contains("\"ok\": true"), result.output)
            XCTAssertTrue(result.output.contains("\"coverage\": \"ENTIRE_REVISION\""), "the first signature covers its revision")
            XCTAssertTrue(result.output.contains("\"coverage\": \"ENTIRE_FILE\""), "the last covers the whole file")
            XCTAssertEqual(result.output.components(separatedBy: "\"valid\": true").count - 1, fields.count, result.output)
            for field in fields { XCTAssertTrue(result.output.contains("\"field\": \"\(field)\""), "\(file): \(field) signed") }
            XCTAssertEqual(try Self.renders(unsigned), try Self.renders(directory + "/signed-\(fields.count)-\(fields[fields.count - 1]).pdf"),
                           "\(file): signing changes nothing on the pages")
        }
    }

    /// `--split-appendices` issues each appendix on its own with the organisation's field at the top
    /// right of its first page, which pyHanko signs; `--anchors` lists fields and blank slots.
    func testSeparateAppendixFilesAndAnchors() throws {
        try Python.require(module: "pyhanko", package: "pyHanko==0.38.0")
        let directory = TestSupport.temporaryDirectory()
        let result = try TestSupport.vanban([
            TestSupport.examples + "/tuan-giao.yaml", "-o", directory + "/tg.pdf", "--split-appendices",
            "--anchors", directory + "/tg.json",
        ].renderCommand)
        XCTAssertEqual(result.status, 0, result.error)
        let files = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
        XCTAssertEqual(files, ["tg-phu-luc-I.json", "tg-phu-luc-I.pdf", "tg-phu-luc-II.json", "tg-phu-luc-II.pdf", "tg.json", "tg.pdf"])
        let appendix = directory + "/tg-phu-luc-I.pdf"
        let fields = try QPDFForm.fields(appendix)
        XCTAssertEqual(fields.map(\.name), ["organisation"])
        let rect = try XCTUnwrap(fields.first?.rect)
        XCTAssertEqual(rect[2], (210 - 15) * mm, accuracy: 0.01, "right edge on the text's right edge")
        XCTAssertEqual(rect[3], (297 - 5) * mm, accuracy: 0.01, "inside the top margin")
        XCTAssertEqual(try TestSupport.pdfInfo(appendix)["Pages"], "1")
        let signed = try Python.sign(appendix, in: directory, fields: ["organisation"])
        XCTAssertEqual(signed.status, 0, signed.output + signed.error)

        let anchors = try JSONDecoder().decode(Anchors.self, from: Data(contentsOf: URL(fileURLWithPath: directory + "/tg.json")))
        XCTAssertEqual(anchors.fields.map(\.name), ["signer", "organisation"])
        let pdfFields = try QPDFForm.fields(directory + "/tg.pdf")
        for (anchor, field) in zip(anchors.fields, pdfFields) {
            XCTAssertEqual(anchor.page, field.page)
            let corners = [anchor.x, anchor.y, anchor.x + anchor.width, anchor.y + anchor.height]
            for (got, want) in zip(corners, field.rect) { XCTAssertEqual(got, want, accuracy: 0.011, "the sidecar and the PDF agree") }
        }
        // The Tuần Giáo plan leaves số and the day blank: both slots are reported and their text stays findable.
        XCTAssertEqual(anchors.slots.map(\.kind), ["number", "date"])
        let words = try TestSupport.run("pdftotext", ["-bbox", "-f", "1", "-l", "1", directory + "/tg.pdf", "-"]).output
        let numberSlot = anchors.slots[0]
        XCTAssertTrue(numberSlot.text.hasPrefix("Số:"))
        let so = try XCTUnwrap(Self.word("Số:", in: words), "\"Số:\" is in the text layer")
        XCTAssertGreaterThanOrEqual(so.x, numberSlot.x - 0.5)
        XCTAssertLessThanOrEqual(so.x, numberSlot.x + numberSlot.width)
        let top = 841.89 - (numberSlot.y + numberSlot.height)
        XCTAssertTrue((top - 1...top + numberSlot.height + 1).contains(so.y), "\"Số:\" inside its slot: \(so.y) vs \(top)")
    }

    /// Bookmarks for the sections and appendices; page labels follow the appendix numbering.
    func testOutlineAndPageLabels() throws {
        let path = try TestSupport.pdfFile(try TestSupport.document(TestSupport.examples + "/tuan-giao.yaml"))
        let json = try JSONSerialization.jsonObject(with: Data(try TestSupport.run("qpdf", ["--json", "--json-key=outlines", "--json-key=pagelabels", path]).output.utf8)) as? [String: Any]
        let outlines = json?["outlines"] as? [[String: Any]] ?? []
        let titles = outlines.compactMap { $0["title"] as? String }
        XCTAssertEqual(titles.first, "I. MỤC ĐÍCH, YÊU CẦU")
        XCTAssertTrue(titles.contains { $0.hasPrefix("Phụ lục I.") }, "\(titles)")
        XCTAssertTrue(titles.contains { $0.hasPrefix("Phụ lục II.") }, "\(titles)")
        let sectionV = try XCTUnwrap(outlines.first { ($0["title"] as? String)?.hasPrefix("V. ") == true })
        XCTAssertEqual((sectionV["kids"] as? [[String: Any]])?.compactMap { $0["title"] as? String },
                       ["1. Phòng Giáo dục và Đào tạo", "2. UBND các xã, thị trấn"], "numbered sections nest under their part")
        let labels = (json?["pagelabels"] as? [[String: Any]] ?? []).map { ($0["index"] as? Int ?? -1, ($0["label"] as? [String: Any])?["/P"] as? String) }
        XCTAssertEqual(labels.first?.0, 0, "the label tree starts at the first page")
        XCTAssertEqual(labels.compactMap(\.1), ["u:I-", "u:II-"])
    }

    private static func renders(_ pdf: String) throws -> [Data] {
        let directory = TestSupport.temporaryDirectory()
        _ = try TestSupport.run("pdftoppm", ["-r", "30", "-png", pdf, directory + "/p"])
        return try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
            .map { try Data(contentsOf: URL(fileURLWithPath: directory + "/" + $0)) }
    }

    /// A word's box from `pdftotext -bbox` (PDF points from the page's top).
    private static func word(_ text: String, in html: String) -> (x: Double, y: Double)? {
        for line in html.split(separator: "\n") where line.contains(">\(text)</word>") {
            func value(_ key: String) -> Double? {
                guard let range = line.range(of: "\(key)=\"") else { return nil }
                return Double(line[range.upperBound...].prefix { $0 != "\"" })
            }
            if let x = value("xMin"), let y = value("yMin") { return (x, y) }
        }
        return nil
    }
}

private extension Array where Element == String {
    var renderCommand: [String] { ["render"] + self }
}

/// Python tools the tests drive; installed on first use, so `swift test` works on a fresh machine.
enum Python {
    static func require(module: String, package: String) throws {
        if try TestSupport.run("python3", ["-c", "import \(module)"]).status == 0 { return }
        let install = try TestSupport.run("python3", ["-m", "pip", "install", "-q", package])
        XCTAssertEqual(install.status, 0, "pip install \(package): \(install.error)")
    }

    static func sign(_ pdf: String, in directory: String, fields: [String]) throws -> TestSupport.RunResult {
        try TestSupport.run("python3", [TestSupport.fixtures + "/signing/sign_and_validate.py", pdf, directory] + fields)
    }
}
