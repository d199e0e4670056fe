import Foundation
import XCTest

/// The README speaks of the project alone: every file it names is in the repository, and it
/// names no notes or issue numbers that a reader of the repository cannot open.
final class ReadmeReferencesTests: XCTestCase {
    func testEveryFileTheReadmeNamesIsInTheRepository() throws {
        let readme = try String(contentsOfFile: TestSupport.root + "/README.md", encoding: .utf8)
        let pattern = try NSRegularExpression(pattern: #"(?<![\w./-])((?:Examples|Tests|scripts|Layouts|Fonts|Sources|Plugins|\.ci)/[\w./-]*\w)"#)
        let range = NSRange(readme.startIndex..., in: readme)
        var named = Set<String>()
        for match in pattern.matches(in: readme, range: range) {
            named.insert(String(readme[Range(match.range(at: 1), in: readme)!]))
        }
        XCTAssertGreaterThan(named.count, 10, "the README names files: \(named)")
        let missing = named.filter { path in
            // A glob (`Examples/*.yaml`) names files that exist when one does.
            guard !path.contains("*") else { return false }
            return !FileManager.default.fileExists(atPath: TestSupport.root + "/" + path)
        }
        XCTAssertEqual(missing.sorted(), [], "the README names files that are not in the repository")
        for outside in ["nd30.md", "nd30-detail.md", "nd30-templates.md", "DESIGN.md"] {
            XCTAssertFalse(readme.contains(outside), "the README refers to \(outside), which is not in the repository")
        }
        XCTAssertNil(readme.range(of: #"\bissue \d"#, options: .regularExpression), "the README refers to an issue number")
    }
}
