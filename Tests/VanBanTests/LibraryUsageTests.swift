import Foundation
import VanBan
import XCTest

/// docs/library.md, "Using VanBan from Swift": the function shown there is the one below, word for word,
/// and it renders a request and reports a bad one with its places.
final class LibraryUsageTests: XCTestCase {
    // docs/library.md: begin
    /// A request's YAML or JSON to its PDF, or the problems to send back to the caller,
    /// in English or (for a clerk) in Vietnamese.
    func render(_ body: String, vietnamese: Bool = false) throws -> (pdf: Data?, problems: [String]) {
        do {
            let document = try composer.read(text: body, file: "request.json")
            return (try composer.pdf(document), [])   // with its empty signature fields
        } catch Composer.Failure.invalidInput(let list) {
            // "request.json:5:3: error: unknown key …" or "request.json:5:3: lỗi: khóa … (gợi ý: …)"
            return (nil, list.diagnostics.map { $0.text(vietnamese ? .vietnamese : .english) })
        }
    }
    // docs/library.md: end

    let composer = try! Composer(fontDirectory: TestSupport.root + "/Fonts",
                                 layoutPath: TestSupport.root + "/Layouts/nd30.yaml")

    func testTheReadmeFunctionRendersARequest() throws {
        let body = try String(contentsOfFile: TestSupport.examples + "/hai-phong.json", encoding: .utf8)
        let (pdf, problems) = try render(body)
        XCTAssertEqual(problems, [])
        let file = TestSupport.temporaryDirectory() + "/request.pdf"
        try XCTUnwrap(pdf).write(to: URL(fileURLWithPath: file))
        XCTAssertEqual(try TestSupport.pdfInfo(file)["Pages"], "5")
        XCTAssertTrue(try TestSupport.extractText(file).contains("XÃ KIẾN THỤY"))
    }

    func testTheReadmeFunctionReportsEveryProblemWithItsPlace() throws {
        let body = """
            {
              "type": "Kế hoạch",
              "number": 5,
              "recipients": { "to": "Sở Giáo dục và Đào tạo" },
              "sumary": "Tổ chức Tuần lễ"
            }
            """
        let (pdf, problems) = try render(body)
        XCTAssertNil(pdf)
        XCTAssertTrue(problems.contains { $0.hasPrefix("request.json:4:17:") && $0.contains("recipients") }, problems.joined(separator: "\n"))
        XCTAssertTrue(problems.contains { $0.hasPrefix("request.json:1:1:") && $0.contains("'issuer'") }, problems.joined(separator: "\n"))
        XCTAssertTrue(problems.contains { $0.hasPrefix("request.json:5:3:") && $0.contains("summary") }, problems.joined(separator: "\n"))
    }

    func testTheFunctionReportsInVietnameseForAClerk() throws {
        let (pdf, problems) = try render("{\n  \"type\": \"Kế hoạch\",\n  \"sumary\": \"x\"\n}", vietnamese: true)
        XCTAssertNil(pdf)
        let misspelt = try XCTUnwrap(problems.first { $0.hasPrefix("request.json:3:3:") }, problems.joined(separator: "\n"))
        XCTAssertTrue(misspelt.contains(": lỗi: ") && misspelt.contains("(gợi ý: có phải ý bạn là 'summary'?)"), misspelt)
    }

    func testTheReadmeShowsThisFunction() throws {
        let source = try String(contentsOfFile: #filePath, encoding: .utf8)
        let function = try XCTUnwrap(source.components(separatedBy: "    // docs/library.md: begin\n").last?
            .components(separatedBy: "    // docs/library.md: end").first)
        let unindented = function.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasPrefix("    ") ? String($0.dropFirst(4)) : String($0) }.joined(separator: "\n")
        let page = try String(contentsOfFile: TestSupport.root + "/docs/library.md", encoding: .utf8)
        XCTAssertTrue(page.contains(unindented), "docs/library.md shows:\n\(unindented)")
    }
}
