import Foundation
import XCTest

/// The README, the clerk's Vietnamese guide and the reference pages of docs/ speak of the project
/// alone: every file they name is in the repository, every link leads to a page and a heading
/// that exist, they name no notes or issue numbers a reader of the repository cannot open, and
/// the README stays what a newcomer reads on two screens.
final class ReadmeReferencesTests: XCTestCase {
    func testEveryFileThePagesNameIsInTheRepository() throws {
        let pattern = try NSRegularExpression(pattern: #"(?<![\w./-])((?:Examples|Tests|scripts|Layouts|Fonts|Sources|Plugins|deploy|docs|\.ci)/[\w./-]*\w)"#)
        var named = Set<String>()
        for page in try DocumentationPage.all() {
            for match in pattern.matches(in: page.text, range: NSRange(page.text.startIndex..., in: page.text)) {
                named.insert(String(page.text[Range(match.range(at: 1), in: page.text)!]))
            }
        }
        XCTAssertGreaterThan(named.count, 30, "the pages name files: \(named)")
        let missing = named.filter { path in
            // A glob (`Examples/*.yaml`) names files that exist when one does.
            guard !path.contains("*") else { return false }
            return !FileManager.default.fileExists(atPath: TestSupport.root + "/" + path)
        }
        XCTAssertEqual(missing.sorted(), [], "the pages name files that are not in the repository")
    }

    func testNoPageRefersToAnythingOutsideTheRepository() throws {
        for page in try DocumentationPage.all() {
            for outside in ["nd30.md", "nd30-detail.md", "nd30-templates.md", "DESIGN.md", "pango-cairo-notes.md", "/work/"] {
                XCTAssertFalse(page.text.contains(outside), "\(page.path) refers to \(outside), which is not in the repository")
            }
            XCTAssertNil(page.text.range(of: #"\bissues? #?\d"#, options: [.regularExpression, .caseInsensitive]),
                         "\(page.path) refers to an issue number")
        }
    }

    /// Relative links (`[text](docs/forms.md#fixed-lines)`, `<img src="docs/cong-van.png">`) lead
    /// to a file of the repository and, with `#anchor`, to a heading of that page.
    func testEveryLinkLeadsToAFileAndAHeading() throws {
        let pages = try DocumentationPage.all()
        var anchorsOf: [String: Set<String>] = [:]
        for page in pages { anchorsOf[page.path] = page.anchors }
        var checked = 0
        for page in pages {
            for (line, target) in page.relativeLinks {
                checked += 1
                let parts = target.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
                let file = parts[0].isEmpty ? page.path
                    : ((page.directory as NSString).appendingPathComponent(parts[0]) as NSString).standardizingPath
                XCTAssertTrue(FileManager.default.fileExists(atPath: TestSupport.root + "/" + file),
                              "\(page.path):\(line): the link \(target) leads to \(file), which is not in the repository")
                if parts.count == 2 {
                    let anchors = try anchorsOf[file] ?? DocumentationPage(path: file).anchors
                    XCTAssertTrue(anchors.contains(parts[1]),
                                  "\(page.path):\(line): \(file) has no heading #\(parts[1]); it has \(anchors.sorted())")
                }
            }
        }
        XCTAssertGreaterThan(checked, 60, "the pages link to each other")
    }

    /// Each reference page opens with its title and a line saying what it is for, which leads back
    /// to the README, and the README or the index of docs/ links to it.
    func testEveryReferencePageIsLinkedAndLeadsBack() throws {
        let pages = try DocumentationPage.all()
        let linked = Set(pages.filter { $0.path == "README.md" || $0.path == "docs/README.md" }
            .flatMap { page in page.relativeLinks.map { link in
                ((page.directory as NSString).appendingPathComponent(String(link.target.split(separator: "#").first ?? "")) as NSString).standardizingPath
            } })
        for page in pages where page.path.hasPrefix("docs/") {
            let lines = page.lines
            XCTAssertTrue(lines[0].hasPrefix("# "), "\(page.path) starts with its title")
            XCTAssertEqual(lines[1], "", "\(page.path): a blank line after the title")
            XCTAssertTrue(lines[2].contains("(../README.md)"), "\(page.path): the line under the title says what the page is for and leads back to the README")
            XCTAssertTrue(linked.contains(page.path), "neither the README nor docs/README.md links to \(page.path)")
        }
    }

    /// A newcomer reads the README on two screens, and finds the two commands on the first.
    func testTheReadmeIsShortWithItsTwoCommandsFirst() throws {
        let readme = try DocumentationPage(path: "README.md")
        XCTAssertLessThanOrEqual(readme.lines.count, 200, "README.md is \(readme.lines.count) lines: move reference material to docs/")
        let firstScreen = readme.lines.prefix(40)
        for command in ["scripts/setup.sh && .build/release/vanban render Examples/dong-da.yaml -o dong-da.pdf", "scripts/test.sh"] {
            XCTAssertTrue(firstScreen.contains(command), "the first 40 lines of README.md show `\(command)` on a line of its own")
        }
        XCTAssertTrue(readme.text.contains("](README.vi.md)"), "the README leads clerks to the Vietnamese guide")
    }
}
