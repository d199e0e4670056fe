import Foundation
import XCTest

/// The text lines of a PDF as a reader sees them, with their weight, size and position in
/// points from the page's top-left corner (Tests/Fixtures/forms/lines.py, pdfplumber): a line
/// is split where its weight changes, so a bold label and its regular text are two lines.
struct PDFLine: Decodable {
    var page: Int
    var text: String
    var size: Double
    var bold: Bool
    var italic: Bool
    var x0: Double
    var x1: Double
    var baseline: Double

    var centre: Double { (x0 + x1) / 2 }

    static func read(_ pdf: String) throws -> [PDFLine] {
        try Python.require(module: "pdfplumber", package: "pdfplumber")
        let result = try TestSupport.run("python3", [TestSupport.fixtures + "/forms/lines.py", pdf])
        XCTAssertEqual(result.status, 0, result.error)
        return try JSONDecoder().decode([PDFLine].self, from: Data(result.output.utf8))
    }
}

extension Array where Element == PDFLine {
    func first(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> PDFLine {
        try XCTUnwrap(first { $0.text == text }, "no line '\(text)' in \(map(\.text))", file: file, line: line)
    }

    func starting(_ prefix: String, file: StaticString = #filePath, line: UInt = #line) throws -> PDFLine {
        try XCTUnwrap(first { $0.text.hasPrefix(prefix) }, "no line starting '\(prefix)'", file: file, line: line)
    }
}
