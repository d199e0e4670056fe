import Foundation
import VanBanPDF
import XCTest

/// The PDF finisher on its own: fields written as an incremental update over Cairo's output, read
/// back with qpdf (`--check`, and its JSON view of the form) as an independent PDF library.
final class FormFieldWriterTests: XCTestCase {
    private func minimalPDF() throws -> Data {
        let document = try TestSupport.document(TestSupport.examples + "/minimal.yaml")
        return try TestSupport.composer.pdf(document, pages: TestSupport.composer.layout(document), signatureFields: .none)
    }

    private func write(_ data: Data) throws -> String {
        let path = TestSupport.temporaryDirectory() + "/fields.pdf"
        try data.write(to: URL(fileURLWithPath: path))
        return path
    }

    func testTheOriginalBytesStayAndTheUpdateChecksClean() throws {
        let original = try minimalPDF()
        let fields = [
            FormField(name: "signer", kind: .signature, page: 0, rect: PageRect(x: 300, y: 500, width: 170, height: 70), tooltip: "Chữ ký của người ký"),
            FormField(name: "so_luong", kind: .text(multiline: false, numeric: true, fontSize: 12), page: 0, rect: PageRect(x: 100, y: 100, width: 80, height: 20)),
        ]
        let finished = try FormFieldWriter.add(fields, to: original)
        XCTAssertEqual(finished.prefix(original.count), original, "an incremental update never changes earlier bytes")
        let path = try write(finished)
        let check = try TestSupport.run("qpdf", ["--check", path])
        XCTAssertEqual(check.status, 0, check.output + check.error)
        XCTAssertTrue(check.output.contains("No syntax or stream encoding errors"), check.output)
    }

    func testFieldsSitOnTheirRectanglesInPDFCoordinates() throws {
        let rect = PageRect(x: 300, y: 500, width: 170, height: 70)
        let finished = try FormFieldWriter.add([FormField(name: "signer", kind: .signature, page: 0, rect: rect)], to: try minimalPDF())
        let fields = try QPDFForm.fields(try write(finished))
        XCTAssertEqual(fields.count, 1)
        let field = try XCTUnwrap(fields.first)
        XCTAssertEqual(field.name, "signer")
        XCTAssertEqual(field.type, "/Sig")
        XCTAssertEqual(field.page, 1)
        // A4 is 841.89 pt tall: y = 500 from the top is 341.89 from the bottom.
        let expected = [300, 841.889764 - 570, 470, 841.889764 - 500]
        for (got, want) in zip(field.rect, expected) { XCTAssertEqual(got, want, accuracy: 0.01) }
    }

    func testASecondUpdateKeepsTheFirstFieldsAndRefusesDuplicateNames() throws {
        let first = try FormFieldWriter.add([FormField(name: "signer", kind: .signature, page: 0, rect: PageRect(x: 10, y: 10, width: 50, height: 50))], to: try minimalPDF())
        let second = try FormFieldWriter.add([FormField(name: "organisation", kind: .signature, page: 0, rect: PageRect(x: 70, y: 10, width: 50, height: 50))], to: first)
        XCTAssertEqual(Set(try QPDFForm.fields(try write(second)).map(\.name)), ["signer", "organisation"])
        XCTAssertThrowsError(try FormFieldWriter.add([FormField(name: "signer", kind: .signature, page: 0, rect: PageRect(x: 0, y: 0, width: 5, height: 5))], to: first))
        XCTAssertThrowsError(try FormFieldWriter.add([FormField(name: "x", kind: .signature, page: 3, rect: PageRect(x: 0, y: 0, width: 5, height: 5))], to: first))
    }

    func testGarbageIsRefusedWithAnErrorNotACrash() {
        for bytes in [Data(), Data("%PDF-1.5\nnot really".utf8), Data("startxref\n999999\n%%EOF".utf8)] {
            XCTAssertThrowsError(try FormFieldWriter.add([FormField(name: "a", kind: .signature, page: 0, rect: PageRect(x: 0, y: 0, width: 5, height: 5))], to: bytes))
        }
    }
}

/// The form fields as qpdf's JSON view lists them: an independent reader of what was written.
enum QPDFForm {
    struct Field {
        var name: String
        var type: String
        var page: Int
        var rect: [Double]
    }

    static func fields(_ pdf: String) throws -> [Field] {
        let form = try json(pdf, ["--json-key=acroform"])["acroform"] as? [String: Any]
        let fields = form?["fields"] as? [[String: Any]] ?? []
        return try fields.map {
            let object = ($0["annotation"] as? [String: Any])?["object"] as? String ?? ""
            return Field(name: $0["fullname"] as? String ?? "", type: $0["fieldtype"] as? String ?? "",
                         page: $0["pageposfrom1"] as? Int ?? 0, rect: try rectangle(pdf, object: object))
        }
    }

    /// A widget's /Rect, read from the object itself ("12 0 R").
    static func rectangle(_ pdf: String, object: String) throws -> [Double] {
        let number = object.split(separator: " ").first.map(String.init) ?? ""
        let objects = try json(pdf, ["--json-key=qpdf", "--json-object=\(number)"])["qpdf"] as? [Any] ?? []
        let entry = (objects.last as? [String: Any])?["obj:\(object)"] as? [String: Any]
        let rect = ((entry?["value"] as? [String: Any])?["/Rect"] as? [Any] ?? []).compactMap { ($0 as? NSNumber)?.doubleValue }
        XCTAssertEqual(rect.count, 4, "\(object) has a /Rect")
        return rect
    }

    private static func json(_ pdf: String, _ keys: [String]) throws -> [String: Any] {
        let result = try TestSupport.run("qpdf", ["--json"] + keys + [pdf])
        XCTAssertEqual(result.status, 0, result.error)
        return try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any] ?? [:]
    }
}
