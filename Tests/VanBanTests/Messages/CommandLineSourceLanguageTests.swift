import Foundation
import XCTest

/// Every text the command line shows is written as a `Phrase` (English and Vietnamese side by
/// side), never as a bare English literal: the sources of `vanban` are read for a help text, an
/// abstract, a discussion or a printed message given as a string literal with words in it.
final class CommandLineSourceLanguageTests: XCTestCase {
    /// Where a text for people is handed over; after each, a literal must hold no words
    /// (`print("  \(style) \(file)")` lays out texts that are chosen elsewhere).
    private static let places = ["help: ", "abstract: ", "discussion: ", "ArgumentHelp(", "ValidationError(", "print(",
                                 "Terminal.error(", "CommandFailure(", "Failure.environment(", "Diagnostic("]

    func testNoEnglishOnlyTextIsLeftInTheCommandLine() throws {
        let directory = TestSupport.root + "/Sources/vanban"
        let names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".swift") }.sorted()
        XCTAssertGreaterThan(names.count, 10, "the command line's sources were not found in \(directory)")
        var problems: [String] = [], places = 0
        for name in names {
            let scanner = SwiftStringLiterals(try String(contentsOfFile: directory + "/" + name, encoding: .utf8))
            for marker in Self.places {
                for place in scanner.literals(after: marker) {
                    places += 1
                    guard let literal = place.literal, literal.words.contains(where: \.isLetter) else { continue }
                    problems.append("Sources/vanban/\(name):\(literal.line): \(marker)\"\(literal.text)\" has no Vietnamese: write Phrase(en:vi:)")
                }
            }
        }
        XCTAssertGreaterThan(places, 50, "the scanner found too few places: it is broken")
        XCTAssertEqual(problems, [], problems.joined(separator: "\n"))
    }
}
