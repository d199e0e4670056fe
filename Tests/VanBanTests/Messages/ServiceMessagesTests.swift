import Foundation
import XCTest

/// `vanban-serve` says nothing to people in English alone: its answers follow each request's
/// Accept-Language, its help and startup lines the operator's language. The compiler cannot see a
/// message written as a plain `"…"` string; this test reads the service's sources for one.
final class ServiceMessagesTests: XCTestCase {
    private static let serviceSources = TestSupport.root + "/Sources/vanban-serve"

    /// Labels whose literals are for programs, not people: Prometheus' HELP lines are read by
    /// monitoring systems, which expect them in English like every other exporter's.
    private static let machineLabels = ["helpText:"]

    func testNoEnglishOnlyMessageIsLeftInTheService() throws {
        var problems: [String] = []
        var literals = 0, phraseHalves = 0
        let files = try FileManager.default.subpathsOfDirectory(atPath: Self.serviceSources).filter { $0.hasSuffix(".swift") }.sorted()
        XCTAssertGreaterThan(files.count, 10, "the service's sources were not found")
        for file in files {
            let text = try String(contentsOfFile: Self.serviceSources + "/" + file, encoding: .utf8)
            for found in Self.literals(in: text) {
                literals += 1
                if found.label == "en:" || found.label == "vi:" {
                    phraseHalves += 1
                    continue
                }
                if Self.machineLabels.contains(found.label) { continue }
                if Self.readsAsEnglish(found.literal.words) {
                    problems.append("Sources/vanban-serve/\(file):\(found.literal.line): \"\(found.literal.text)\" is English only: "
                                    + "write it as Phrase(en: \"…\", vi: \"…\") and show it in the reader's language")
                }
            }
        }
        XCTAssertGreaterThan(literals, 100, "the scanner found too few literals: it is broken")
        XCTAssertGreaterThan(phraseHalves, 50, "the scanner found too few Phrase(en:vi:): it is broken")
        XCTAssertEqual(problems, [], problems.joined(separator: "\n"))
    }

    /// The scanner itself: it must see what the test looks for, or the test could never fail.
    func testTheScannerFindsEnglishOutsidePhrases() {
        let source = #"""
            // a comment "with English words" is not a message
            throw ServeFailure("the layouts were not found")
            let ok = Phrase(en: "the layouts were not found", vi: "không tìm thấy thư mục bố cục")
            logger.info("\(name) and \(Phrase(verbatim: "a hidden English message").english)")
            let header = "text/plain; charset=utf-8"
            let vietnamese = ["Phương thức không được hỗ trợ", "Cơ quan ban hành"]
            let term = "the trích yếu is missing"
            """#
        let english = Self.literals(in: source).filter { $0.label != "en:" && $0.label != "vi:" && Self.readsAsEnglish($0.literal.words) }
        XCTAssertEqual(english.map(\.literal.text), ["the layouts were not found", "a hidden English message", "the trích yếu is missing"])
        XCTAssertEqual(english.map(\.literal.line), [2, 4, 7])
    }

    /// Two whole words of plain Latin letters side by side (a sentence, not a header, a route or a
    /// key; whole words: "thức không" holds "ng th"), in a text whose words are mostly without
    /// Vietnamese letters: "Cơ quan ban hành" has two plain words but is Vietnamese, "the trích
    /// yếu is missing" has a Vietnamese term but is English.
    private static func readsAsEnglish(_ words: String) -> Bool {
        guard words.range(of: #"(^|[^\p{L}'-])[A-Za-z]{2,} [A-Za-z]{2,}($|[^\p{L}'-])"#, options: .regularExpression) != nil else {
            return false
        }
        let lettered = words.split(whereSeparator: \.isWhitespace).filter { $0.contains(where: \.isLetter) }
        let vietnamese = lettered.filter { $0.unicodeScalars.contains { $0.value > 0x7F && $0.properties.isAlphabetic } }
        return vietnamese.count * 2 < lettered.count
    }

    /// Every string literal of a Swift source outside comments, with the argument label written
    /// before it (`en:`, `helpText:`; empty when none), and those inside its interpolations.
    private static func literals(in source: String, lineOffset: Int = 0) -> [(label: String, literal: SwiftStringLiterals.Literal)] {
        let scanner = SwiftStringLiterals(source)
        let characters = scanner.source
        var results: [(String, SwiftStringLiterals.Literal)] = []
        var index = 0
        while index < characters.count {
            let next = index + 1 < characters.count ? characters[index + 1] : " "
            if characters[index] == "/", next == "/" {
                while index < characters.count, characters[index] != "\n" { index += 1 }
                continue
            }
            if characters[index] == "/", next == "*" {
                while index + 1 < characters.count, !(characters[index] == "*" && characters[index + 1] == "/") { index += 1 }
                index += 2
                continue
            }
            guard characters[index] == "\"", let found = scanner.literal(at: index) else {
                index += 1
                continue
            }
            let line = scanner.lineNumber(at: index) + lineOffset
            // A multi-line literal starts on the line after its opening quotes.
            let literal = SwiftStringLiterals.Literal(text: found.text, line: line)
            results.append((label(before: index, in: characters), literal))
            for (fragment, fragmentLine) in interpolations(of: found.text, startingOnLine: line) {
                results += self.literals(in: fragment, lineOffset: fragmentLine - 1)
            }
            index = found.end
        }
        return results
    }

    /// The word and colon right before a literal (`en:`), skipping spaces and line breaks.
    private static func label(before index: Int, in characters: [Character]) -> String {
        var end = index
        while end > 0, characters[end - 1] == " " || characters[end - 1] == "\n" { end -= 1 }
        guard end > 0, characters[end - 1] == ":" else { return "" }
        var start = end - 1
        while start > 0, characters[start - 1].isLetter || characters[start - 1].isNumber { start -= 1 }
        return String(characters[start..<end])
    }

    /// The code inside each `\( … )` of a literal's text, with the line it is on.
    private static func interpolations(of text: String, startingOnLine line: Int) -> [(String, Int)] {
        let characters = Array(text)
        var fragments: [(String, Int)] = []
        var index = 0, currentLine = line
        while index + 1 < characters.count {
            if characters[index] == "\n" { currentLine += 1 }
            guard characters[index] == "\\", characters[index + 1] == "(" else {
                index += 1
                continue
            }
            var depth = 1, end = index + 2, inString = false
            while end < characters.count, depth > 0 {
                let character = characters[end]
                if character == "\"", characters[end - 1] != "\\" { inString.toggle() }
                if !inString { depth += character == "(" ? 1 : character == ")" ? -1 : 0 }
                end += 1
            }
            fragments.append((String(characters[(index + 2)..<(end - 1)]), currentLine))
            index = end
        }
        return fragments
    }
}
