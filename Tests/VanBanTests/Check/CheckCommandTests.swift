import Foundation
import XCTest

/// `vanban check` as a user runs it: the findings of the seed examples, --fix in place,
/// and the exit codes.
final class CheckCommandTests: XCTestCase {
    func rules(_ output: String) -> [String] {
        output.split(separator: "\n").compactMap { line in
            guard let open = line.lastIndex(of: "["), line.hasSuffix("]") else { return nil }
            let location = line.split(separator: ":", maxSplits: 3).dropFirst().prefix(2).joined(separator: ":")
            return "\(location) \(line[line.index(after: open)..<line.index(before: line.endIndex)])"
        }
    }

    /// The rules each seed really breaks; minimal.yaml and the examples written for each form break none.
    func testTheExamplesFindingsAreTheRulesTheSeedsReallyBreak() throws {
        let expected: [String: [String]] = [
            "bao-cao-ho-ngheo.yaml": [],
            "bach-thong.yaml": ["130:9 recipients-punctuation"],
            "bien-ban.yaml": [], "cong-dien.yaml": [], "giay-gioi-thieu.yaml": [], "giay-moi.yaml": [],
            "giay-nghi-phep.yaml": [], "nghi-quyet.yaml": [], "quyet-dinh.yaml": [], "quyet-dinh-quy-che.yaml": [], "to-trinh.yaml": [],
            "cong-van.yaml": [], "cong-van-khan.yaml": [], "sao-y.yaml": [],
            "dong-da.yaml": ["27:5 bases-punctuation"],
            "hai-phong-report-form.yaml": [],
            "hai-phong.json": ["40:15 empty-section", "40:15 empty-section"],
            "minimal.yaml": [],
            "my-hao.yaml": ["21:5 bases-punctuation"],
            "programme.yaml": [],
            "tuan-giao-form.yaml": ["48:3 body-end-mark"],
            "tuan-giao.yaml": ["63:5 recipients-punctuation", "74:7 empty-section", "75:7 empty-section",
                               "80:7 empty-section", "81:7 empty-section"],
        ]
        for file in TestSupport.exampleFiles {
            let name = (file as NSString).lastPathComponent
            let result = try TestSupport.vanban(["check", file])
            XCTAssertEqual(rules(result.output), expected[name] ?? ["(unexpected example)"], "\(name):\n\(result.output)")
            XCTAssertEqual(result.status, expected[name]?.isEmpty == true ? 0 : 1, name)
            XCTAssertEqual(result.error, "", name)
        }
    }

    /// An example copied into a fresh directory, for --fix to edit: (directory, path, text).
    func copyOfExample(_ name: String) throws -> (String, String, String) {
        let directory = TestSupport.temporaryDirectory()
        let original = try String(contentsOfFile: TestSupport.examples + "/" + name, encoding: .utf8)
        try original.write(toFile: directory + "/" + name, atomically: true, encoding: .utf8)
        return (directory, directory + "/" + name, original)
    }

    func testFixRepairsTheSafeFindingsInPlaceKeepingEveryOtherByte() throws {
        let (directory, path, original) = try copyOfExample("dong-da.yaml")
        let result = try TestSupport.vanban(["check", "--fix", path])
        XCTAssertEqual(result.status, 0, result.output + result.error)
        XCTAssertEqual(result.error, "\(path): fixed 1 finding(s)\n")
        let fixed = try String(contentsOfFile: path, encoding: .utf8)
        let before = original.components(separatedBy: "\n"), after = fixed.components(separatedBy: "\n")
        XCTAssertEqual(before.count, after.count)
        let changed = zip(before, after).enumerated().filter { $1.0 != $1.1 }.map(\.offset)
        XCTAssertEqual(changed, [26], "only line 27, the last căn cứ, changes; comments and order stay")
        XCTAssertEqual(before[26].dropLast(), after[26].dropLast())
        XCTAssertTrue(after[26].hasSuffix("năm 2024."), after[26])
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory), ["dong-da.yaml"], "no temporary file left")
        XCTAssertEqual(try TestSupport.vanban(["check", path]).status, 0, "the finding is gone")
        XCTAssertEqual(try TestSupport.vanban(["render", path, "-o", directory + "/plan.pdf"]).status, 0, "it still renders")
    }

    func testFixLeavesWhatItCannotFixAndSaysSo() throws {
        let (_, path, original) = try copyOfExample("tuan-giao.yaml")
        let result = try TestSupport.vanban(["check", "--fix", path])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.error, "", "nothing was safe to fix: the file is not rewritten")
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), original)
        XCTAssertEqual(rules(result.output).count, 5)
    }

    func testCheckExitCodesAndHelp() throws {
        let directory = TestSupport.temporaryDirectory()
        try "type: [".write(toFile: directory + "/bad.yaml", atomically: true, encoding: .utf8)
        let bad = try TestSupport.vanban(["check", TestSupport.examples + "/minimal.yaml", directory + "/bad.yaml"])
        XCTAssertEqual(bad.status, 2, "invalid input wins over clean files")
        XCTAssertTrue(bad.error.hasPrefix("\(directory)/bad.yaml:"), bad.error)
        let missing = try TestSupport.vanban(["check", "--fix", "/nonexistent/plan.yaml"])
        XCTAssertEqual(missing.status, 2)
        let help = try TestSupport.vanban(["check", "--help"])
        for text in ["--fix", "0   no findings\n", "1   findings (rule violations)", "2   invalid input", "3   internal", "64  a mistake"] {
            XCTAssertTrue(help.output.contains(text), text)
        }
        XCTAssertTrue(try TestSupport.vanban(["--help"]).output.contains("1   rule violations"))
    }
}
