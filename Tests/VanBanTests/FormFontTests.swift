import Foundation
import VanBanPDF
import XCTest

/// What a unit types into a fillable form prints in Vietnamese: the fields' font is the bundled
/// regular face, embedded whole, with an encoding that holds every Vietnamese letter.
final class FormFontTests: XCTestCase {
    func testTheRegularFaceIsReadAndCoversTheEncoding() throws {
        let path = try XCTUnwrap(TestSupport.composer.fonts.regularFile)
        XCTAssertTrue(path.hasSuffix("LiberationSerif-Regular.ttf"), path)
        let font = try TrueTypeFont(data: [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))))
        let formFont = FormFont(trueType: font)
        // Times New Roman's metrics: "a" is 443.85 thousandths of an em, "W" 943.85, space 250.
        XCTAssertEqual(try XCTUnwrap(formFont.width(of: "a")), 443.85, accuracy: 0.01)
        XCTAssertEqual(try XCTUnwrap(formFont.width(of: "W")), 943.85, accuracy: 0.01)
        XCTAssertEqual(try XCTUnwrap(formFont.width(of: " ")), 250, accuracy: 0.01)
        let vietnamese = "ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ"
        for letter in (vietnamese + vietnamese.uppercased()).unicodeScalars {
            XCTAssertNotNil(formFont.code(for: letter), "no code for \(letter)")
            XCTAssertGreaterThan(formFont.width(of: letter) ?? 0, 0, "no glyph for \(letter)")
        }
        XCTAssertLessThanOrEqual(formFont.codes.upperBound, 255, "a simple font has one byte per character")
        XCTAssertThrowsError(try TrueTypeFont(data: Array("not a font at all".utf8)))
        XCTAssertThrowsError(try TrueTypeFont(data: Array(try Data(contentsOf: URL(fileURLWithPath: path)).prefix(300))))
    }

    /// pypdf fills a field the way a reader does, writing its appearance with the field's font;
    /// decoded through the font's own /Differences, the printed text is what was typed.
    func testTypedVietnamesePrintsAsTyped() throws {
        let directory = TestSupport.temporaryDirectory()
        let form = directory + "/form.pdf", filled = directory + "/filled.pdf"
        let document = try TestSupport.document(TestSupport.examples + "/tuan-giao-form.yaml")
        try TestSupport.composer.pdf(document, pages: TestSupport.composer.layout(document), fillable: true)
            .write(to: URL(fileURLWithPath: form))
        let typed = "Nhà văn hóa Quài Tở; Đặng Thị Ngọc Ánh, 07h30 ngày 01/10"
        let name = try XCTUnwrap(PDFForms.textFields(form).first { !$0.numeric && $0.flags == 0 }).name
        try PDFForms.fill(form, values: [name: typed], to: filled)
        let result = try TestSupport.run("python3", ["-c", Self.printedText, filled, name])
        XCTAssertEqual(result.status, 0, result.error)
        XCTAssertEqual(result.output.trimmingCharacters(in: .newlines), typed)
        XCTAssertEqual(try TestSupport.run("qpdf", ["--check", filled]).status, 0)
    }

    /// The string shown by a field's appearance stream, decoded with its font's encoding.
    private static let printedText = #"""
        import re, sys
        from pypdf import PdfReader
        names = {"space": " ", "exclam": "!", "quotedbl": '"', "numbersign": "#", "dollar": "$", "percent": "%",
                 "ampersand": "&", "quotesingle": "'", "parenleft": "(", "parenright": ")", "asterisk": "*", "plus": "+",
                 "comma": ",", "hyphen": "-", "period": ".", "slash": "/", "colon": ":", "semicolon": ";", "less": "<",
                 "equal": "=", "greater": ">", "question": "?", "at": "@", "bracketleft": "[", "backslash": "\\",
                 "bracketright": "]", "underscore": "_"}
        names.update({n: str(i) for i, n in enumerate(["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"])})
        reader = PdfReader(sys.argv[1])
        for page in reader.pages:
            for annotation in page.get("/Annots") or []:
                widget = annotation.get_object()
                if widget.get("/T") != sys.argv[2]:
                    continue
                stream = widget["/AP"]["/N"].get_object()
                font = stream["/Resources"]["/Font"]
                font = font[list(font.keys())[0]].get_object()
                differences = font["/Encoding"]["/Differences"]
                code, table = 0, {}
                for item in differences:
                    if isinstance(item, int):
                        code = item
                    else:
                        name = str(item)[1:] if str(item).startswith("/") else str(item)
                        table[code] = chr(int(name[3:], 16)) if name.startswith("uni") else names.get(name, name)
                        code += 1
                data = stream.get_data()
                literal = re.search(rb"\((.*)\)\s*Tj", data, re.S).group(1)
                literal = re.sub(rb"\\([0-7]{1,3})", lambda m: bytes([int(m.group(1), 8)]), literal)
                literal = re.sub(rb"\\(.)", rb"\1", literal)
                print("".join(table.get(b, "\ufffd") for b in literal))
        """#
}
