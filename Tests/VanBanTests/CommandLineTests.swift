import Foundation
import XCTest

/// The `vanban` program as a user runs it: exit codes, messages, files written or not.
final class CommandLineTests: XCTestCase {
    func vanban(_ arguments: [String]) throws -> TestSupport.RunResult { try TestSupport.vanban(arguments) }

    func testRenderWritesAPDFAndPNGPages() throws {
        let directory = TestSupport.temporaryDirectory()
        let result = try vanban(["render", TestSupport.examples + "/hai-phong.json", "-o", directory + "/plan.pdf",
                                 "--png", directory + "/pages", "--dpi", "30"])
        XCTAssertEqual(result.status, 0, result.error)
        XCTAssertEqual(result.error, "")
        let pdf = try XCTUnwrap(FileManager.default.contents(atPath: directory + "/plan.pdf"))
        XCTAssertTrue(pdf.starts(with: Data("%PDF-1.5".utf8)))
        let pages = try FileManager.default.contentsOfDirectory(atPath: directory + "/pages").sorted()
        XCTAssertEqual(pages.first, "page-01.png")
        XCTAssertEqual(try TestSupport.pdfInfo(directory + "/plan.pdf")["Pages"], String(pages.count))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory).sorted(), ["pages", "plan.pdf"],
                       "no temporary file is left behind")
    }

    func testInvalidInputExitsTwoWithLocatedMessagesAndWritesNothing() throws {
        let directory = TestSupport.temporaryDirectory()
        let input = directory + "/plan.yaml"
        try "type: Kế hoạch\nissuer: { name: UBND }\nsymbol: KH-UBND\nplace: An Bình\ndate: 2024-09-20\nbody: x\nsigner: { nam: A }\n"
            .write(toFile: input, atomically: true, encoding: .utf8)
        let result = try vanban(["render", input, "-o", directory + "/plan.pdf"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.error.contains("\(input):7:11: error: unknown key 'nam' in signer (hint: did you mean 'name'?)"), result.error)
        XCTAssertEqual(result.error.split(separator: "\n").count, 1, "one problem, one message: \(result.error)")
        XCTAssertFalse(FileManager.default.fileExists(atPath: directory + "/plan.pdf"))
    }

    func testAFailedRunLeavesAnExistingPDFUntouched() throws {
        let directory = TestSupport.temporaryDirectory()
        let output = directory + "/plan.pdf"
        try Data("previous".utf8).write(to: URL(fileURLWithPath: output))
        try "not: [valid".write(toFile: directory + "/bad.yaml", atomically: true, encoding: .utf8)
        XCTAssertEqual(try vanban(["render", directory + "/bad.yaml", "-o", output]).status, 2)
        XCTAssertEqual(FileManager.default.contents(atPath: output), Data("previous".utf8))
    }

    func testMissingFilesAndUnwritableOutputsAreReported() throws {
        var result = try vanban(["render", "/nonexistent/plan.yaml", "-o", "/tmp/x.pdf"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.error.contains("/nonexistent/plan.yaml:1:1: error: cannot open the file: there is no such file"),
                      result.error)
        result = try vanban(["render", TestSupport.examples, "-o", "/tmp/x.pdf"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.error.contains("cannot open the file: it is a directory"), result.error)
        // A PDF named like an image would open as nothing in an image viewer.
        let image = TestSupport.temporaryDirectory() + "/plan.png"
        result = try vanban(["render", TestSupport.examples + "/minimal.yaml", "-o", image])
        XCTAssertEqual(result.status, 64, "usage error")
        XCTAssertTrue(result.error.contains("--png DIR for page images"), result.error)
        XCTAssertFalse(FileManager.default.fileExists(atPath: image))
        result = try vanban(["render", TestSupport.examples + "/minimal.yaml", "-o", "/nonexistent/dir/plan.pdf"])
        XCTAssertEqual(result.status, 3)
        XCTAssertTrue(result.error.hasPrefix("error: "), result.error)
        result = try vanban(["render", TestSupport.examples + "/minimal.yaml", "-o", ""])
        XCTAssertEqual(result.status, 64, "an empty name is a usage error, not an I/O error")
        XCTAssertTrue(result.error.contains("-o needs a name, not an empty one"), result.error)
    }

    func testLayoutAndFontsCanBeReplaced() throws {
        let directory = TestSupport.temporaryDirectory()
        let layout = try String(contentsOfFile: TestSupport.root + "/Layouts/nd30.yaml", encoding: .utf8)
            .replacingOccurrences(of: "left: 30mm", with: "left: 35mm")
        try layout.write(toFile: directory + "/wide.yaml", atomically: true, encoding: .utf8)
        let result = try vanban(["render", TestSupport.examples + "/minimal.yaml", "-o", directory + "/plan.pdf",
                                 "--layout", directory + "/wide.yaml", "--fonts", TestSupport.root + "/Fonts"])
        XCTAssertEqual(result.status, 0, result.error)
        XCTAssertEqual(result.error, "", "35 mm is inside the decree's range: no warning")
        let empty = TestSupport.temporaryDirectory()
        let noFonts = try vanban(["render", TestSupport.examples + "/minimal.yaml", "-o", directory + "/x.pdf", "--fonts", empty])
        XCTAssertEqual(noFonts.status, 2, "a folder without fonts is the user's mistake")
        XCTAssertTrue(noFonts.error.contains("no fonts could be loaded"), noFonts.error)
    }

    func testHelpDescribesEveryCommand() throws {
        let main = try vanban(["--help"])
        XCTAssertEqual(main.status, 0)
        XCTAssertTrue(main.output.contains("render"))
        let render = try vanban(["render", "--help"])
        for option in ["--output", "--png", "--dpi", "--layout", "--fonts", "--creation-date", "Exit codes"] {
            XCTAssertTrue(render.output.contains(option), option)
        }
    }
}
