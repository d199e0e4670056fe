import Foundation
import VanBan
import XCTest

/// What a user expects of any command-line tool: `--version`, shell completions.
final class VersionAndCompletionTests: XCTestCase {
    /// The package version, and the revision of the checkout the test binary was built from.
    func testVersionPrintsThePackageVersionAndTheGitRevision() throws {
        let result = try TestSupport.vanban(["--version"])
        XCTAssertEqual(result.status, 0, result.error)
        let printed = result.output.trimmingCharacters(in: .whitespacesAndNewlines)
        let git = try TestSupport.run("git", ["-C", TestSupport.root, "rev-parse", "--short=12", "HEAD"])
        if git.status == 0 {
            let revision = git.output.trimmingCharacters(in: .whitespacesAndNewlines)
            XCTAssertEqual(printed, "\(VanBanVersion.number) (git \(revision))")
        } else {
            XCTAssertEqual(printed, VanBanVersion.number)   // built from a copy without git
        }
        XCTAssertNotNil(printed.range(of: #"^\d+\.\d+\.\d+"#, options: .regularExpression), "not a semantic version: \(printed)")
    }

    /// The scripts the README and docs/command-line.md tell users to install complete the subcommands and their options.
    func testCompletionScriptsNameTheSubcommandsAndOptions() throws {
        for shell in ["bash", "zsh", "fish"] {
            let result = try TestSupport.vanban(["--generate-completion-script", shell])
            XCTAssertEqual(result.status, 0, "\(shell): \(result.error)")
            // fish names options without their dashes ('units=').
            for word in ["render", "check", "new", "fonts", "units", "font-family", "split-appendices"] {
                XCTAssertTrue(result.output.contains(word), "the \(shell) completion script does not mention \(word)")
            }
        }
    }
}
