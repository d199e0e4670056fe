import Foundation
import XCTest

/// Reads and fills a PDF's form fields with pypdf (installed by scripts/setup.sh), as an
/// independent PDF library would: each field's name, page, /Rect, type, flags and value.
enum PDFForms {
    struct Field: Decodable {
        var name: String
        var page: Int
        var rect: [Double]
        var type: String
        var flags: Int
        var numeric: Bool
        var value: String?
        var tooltip: String?
    }

    private static let listScript = """
        import json, sys
        from pypdf import PdfReader
        reader = PdfReader(sys.argv[1])
        fields = []
        for index, page in enumerate(reader.pages):
            for annotation in page.get("/Annots") or []:
                widget = annotation.get_object()
                if widget.get("/Subtype") != "/Widget":
                    continue
                value = widget.get("/V")
                fields.append({
                    "name": str(widget["/T"]), "page": index,
                    "rect": [float(v) for v in widget["/Rect"]],
                    "type": str(widget.get("/FT")), "flags": int(widget.get("/Ff", 0)),
                    "numeric": "/AA" in widget, "value": None if value is None else str(value),
                    "tooltip": None if widget.get("/TU") is None else str(widget["/TU"]),
                })
        print(json.dumps(fields))
        """

    /// Fills fields by name (argv[3] is a JSON object) and writes the result to argv[2].
    private static let fillScript = """
        import json, sys
        from pypdf import PdfReader, PdfWriter
        reader = PdfReader(sys.argv[1])
        writer = PdfWriter()
        writer.append(reader)
        values = json.loads(sys.argv[3])
        for page in writer.pages:
            writer.update_page_form_field_values(page, values)
        with open(sys.argv[2], "wb") as out:
            writer.write(out)
        """

    /// The text fields (signature fields, added by default, are left out).
    static func textFields(_ pdf: String) throws -> [Field] {
        try fields(pdf).filter { $0.type == "/Tx" }
    }

    static func fields(_ pdf: String) throws -> [Field] {
        let result = try TestSupport.run("python3", ["-c", listScript, pdf])
        XCTAssertEqual(result.status, 0, "pypdf could not read \(pdf) (run scripts/setup.sh): \(result.error)")
        return try JSONDecoder().decode([Field].self, from: Data(result.output.utf8))
    }

    static func fill(_ pdf: String, values: [String: String], to output: String) throws {
        let json = String(decoding: try JSONEncoder().encode(values), as: UTF8.self)
        let result = try TestSupport.run("python3", ["-c", fillScript, pdf, output, json])
        XCTAssertEqual(result.status, 0, "pypdf could not fill \(pdf): \(result.error)")
    }
}
