import Foundation
import VanBanModel
import XCTest

/// Every text VanBan shows people exists in English and in Vietnamese. The compiler asks for both
/// halves of a `Phrase`; this test reads the sources for what the compiler cannot see: a
/// Vietnamese half left empty or copied from the English.
final class MessageLanguageTests: XCTestCase {
    private static let sources = TestSupport.root + "/Sources"

    /// Every Swift file of the program, library and service (the browser page is Vietnamese already).
    private func sourceFiles() throws -> [(path: String, text: String)] {
        let enumerator = FileManager.default.enumerator(atPath: Self.sources)
        var files: [(String, String)] = []
        while let relative = enumerator?.nextObject() as? String {
            guard relative.hasSuffix(".swift") else { continue }
            let path = Self.sources + "/" + relative
            files.append(("Sources/" + relative, try String(contentsOfFile: path, encoding: .utf8)))
        }
        return files.sorted { $0.0 < $1.0 }
    }

    /// A phrase's Vietnamese is there, and is not its English copied: a translation that reads the
    /// same as the English has no words of its own (only values, punctuation, numbers).
    func testEveryPhraseHasItsVietnamese() throws {
        var problems: [String] = []
        var phrases = 0
        for (path, text) in try sourceFiles() {
            let scanner = SwiftStringLiterals(text)
            for place in scanner.literals(after: "Phrase(en:") {
                guard let english = place.literal else { continue }   // Phrase(en: variable, …): built from phrases
                phrases += 1
                let rest = scanner.literals(after: "vi:").first { $0.line >= english.line && $0.end > place.end }
                guard let vietnamese = rest?.literal, rest!.line <= english.line + 12 else {
                    problems.append("\(path):\(english.line): no Vietnamese literal after this English")
                    continue
                }
                let englishWords = english.words.filter(\.isLetter)
                if vietnamese.words.trimmingCharacters(in: .whitespaces).isEmpty, !englishWords.isEmpty {
                    problems.append("\(path):\(vietnamese.line): empty Vietnamese for \"\(english.text)\"")
                } else if englishWords.count >= 3, vietnamese.words == english.words {
                    problems.append("\(path):\(vietnamese.line): the Vietnamese is the English: \"\(english.text)\"")
                }
            }
        }
        XCTAssertGreaterThan(phrases, 0, "no Phrase(en:vi:) found: the scanner is broken")
        XCTAssertEqual(problems, [], problems.joined(separator: "\n"))
    }

    func testLanguageComesFromTheEnvironmentLikeEveryPOSIXProgram() {
        XCTAssertEqual(Language.ofEnvironment([:]), .english)
        XCTAssertEqual(Language.ofEnvironment(["LANG": "vi_VN.UTF-8"]), .vietnamese)
        XCTAssertEqual(Language.ofEnvironment(["LANG": "en_US.UTF-8", "LC_MESSAGES": "vi_VN"]), .vietnamese)
        XCTAssertEqual(Language.ofEnvironment(["LANG": "vi_VN.UTF-8", "LC_ALL": "C"]), .english)
        XCTAssertEqual(Language.ofEnvironment(["LANG": "fr_FR.UTF-8"]), .english)
        XCTAssertEqual(Language.ofEnvironment(["LANG": "", "LC_ALL": "", "LC_MESSAGES": "vi"]), .vietnamese)
    }

    func testAcceptLanguageWeightsDecide() {
        XCTAssertEqual(Language.preferred(acceptLanguage: "vi-VN,vi;q=0.9,en-US;q=0.8,en;q=0.7"), .vietnamese)
        XCTAssertEqual(Language.preferred(acceptLanguage: "en, vi;q=0.5"), .english)
        XCTAssertEqual(Language.preferred(acceptLanguage: "fr;q=1, vi;q=0.3"), .vietnamese)
        XCTAssertEqual(Language.preferred(acceptLanguage: "en;q=0.4, vi;q=0.6"), .vietnamese)
        XCTAssertEqual(Language.preferred(acceptLanguage: "vi;q=0, en"), .english)
        XCTAssertNil(Language.preferred(acceptLanguage: "*"))
        XCTAssertNil(Language.preferred(acceptLanguage: "fr-FR, de"))
    }

    func testADiagnosticReadsInEitherLanguage() {
        let diagnostic = Diagnostic(Phrase(en: "unknown key 'symbl'", vi: "khóa 'symbl' không có"),
                                    at: SourceLocation(file: "a.yaml", line: 3, column: 1),
                                    hint: Phrase(en: "did you mean 'symbol'?", vi: "có phải là 'symbol'?"))
        XCTAssertEqual(diagnostic.description, "a.yaml:3:1: error: unknown key 'symbl' (hint: did you mean 'symbol'?)")
        XCTAssertEqual(diagnostic.text(.vietnamese), "a.yaml:3:1: lỗi: khóa 'symbl' không có (gợi ý: có phải là 'symbol'?)")
    }
}
