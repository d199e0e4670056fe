import Foundation
@testable import VanBanInput
import VanBanModel
import XCTest

/// The fast text helpers that replaced Foundation calls on the reading path give exactly what
/// the Foundation and standard-library calls gave, on the cases where they could differ.
final class TextHelperTests: XCTestCase {
    let samples = ["", "\n", "a\n", "\n\nb", "a\r\nb\nc", "x\r\n\r\ny", "  Tổ chức\t", "\u{00A0}\u{2003}dòng\u{3000}",
                   "Đống Đa\nQuài Tở\n\n", "e\u{0301}\u{0323}\n\u{0301}", "\t", "Ω\u{2126}\u{212B}\u{2000}x"]

    func testLinesSplitLikeTheStandardLibrary() {
        for text in samples {
            for omitting in [false, true] {
                XCTAssertEqual(text.lines(omittingEmpty: omitting),
                               text.split(separator: "\n", omittingEmptySubsequences: omitting), "\(text.debugDescription)")
            }
        }
    }

    func testTrimmingMatchesFoundationWhitespaces() {
        for text in samples {
            XCTAssertEqual(text.trimmingHorizontalSpace, text.trimmingCharacters(in: .whitespaces), "\(text.debugDescription)")
        }
    }

    func testScalarsNFCLeavesAloneAreLeftAloneByFoundationNFC() {
        let decomposed = "Tô\u{0309} chư\u{031B}\u{0301}c Tuâ\u{0300}n lê\u{0303}"
        for text in samples + [decomposed, "Quài Tở – “Tuần lễ”…", "A\u{030A}"] where text.unicodeScalars.allSatisfy(String.isLeftAloneByNFC) {
            XCTAssertEqual(text.precomposedStringWithCanonicalMapping.unicodeScalars.map(\.value), text.unicodeScalars.map(\.value),
                           "\(text.debugDescription)")
        }
    }

    /// Reading's one-pass screen of a value (TextScreen) finds what composing it first and then
    /// asking each scalar's general category and the fonts found, at the same place: on composed
    /// and decomposed text, an undrawable letter that composition mends, controls (C0, C1, NUL),
    /// tabs, legacy TCVN3 text read as Latin-1, placeholders, over-long lines and words counted
    /// after composition, and scalars beyond the remembered range.
    func testTextScreenFindsWhatComposingAndCheckingEachScalarFinds() {
        let longest = 12, longestWord = 5
        let refused: Set<Unicode.Scalar> = ["A", "~", "漢", "\u{FFFD}"]
        let isDrawable = { (scalar: Unicode.Scalar) in !refused.contains(scalar) }
        let drawable = DrawableCharacters(isDrawable)
        let cases = samples + [
            "Tô\u{0309} chư\u{031B}\u{0301}c", "A\u{030A}ngstrom", "xA\u{0}", "\u{0}A\u{030A}", "a\tb\tc", "dòng\u{0085}sau",
            "\u{007F}", "\u{009F}x", "\u{00A0}~", "Uû ban nh©n d©n x· §èng §a", "Kª ho¹ch\u{0090}\u{0091}",
            "{{Tên đơn vị}}\t{{ x }}", String(repeating: "a", count: 12) + "\n" + String(repeating: "b", count: 13),
            String(repeating: "e\u{0301}", count: 10) + "bbbbb", "e\u{0301}e\u{0301}\u{0007}", "漢字", "→ 😀 \u{2100}",
            "a\r\nb\u{0301}\n\u{0301}", "\u{1EA0}\u{0323}", String(repeating: "x", count: 12) + "\u{0007}",
            "ab cdefg", "abcde fghij", "abcde\tfghijk", "abcd\nefghi", "ab cde\u{0301}fgh", "ngày  tháng  năm", "xyzuvw\u{0007}",
            "aa bb\u{0007}cccccc", "e\u{0301}e\u{0301}e\u{0301}e\u{0301}e\u{0301}", "e\u{0301}e\u{0301}e\u{0301}e\u{0301}e\u{0301}e\u{0301}",
        ]
        // Short words found, and words let be so that the paragraph's length is found.
        for raw in cases {
            for longestWord in [longestWord, 100] {
                let screened = TextScreen.screened(raw, longestParagraph: longest, longestWord: longestWord, drawable: drawable)
                let expected = Self.referenceScreen(raw, longestParagraph: longest, longestWord: longestWord, isDrawable: isDrawable)
                XCTAssertEqual(screened.text.unicodeScalars.map(\.value), expected.text.unicodeScalars.map(\.value), raw.debugDescription)
                XCTAssertEqual(screened.finding, expected.finding, raw.debugDescription)
            }
        }
    }

    /// The screen as reading first wrote it: NFC through Foundation, then each scalar in turn.
    private static func referenceScreen(_ raw: String, longestParagraph: Int, longestWord: Int,
                                        isDrawable: (Unicode.Scalar) -> Bool) -> (text: String, finding: TextScreen.Finding) {
        let text = raw.precomposedStringWithCanonicalMapping
        var lineStart = 0, lineNumber = 1, wordStart = 0
        for (offset, scalar) in text.unicodeScalars.enumerated() {
            if scalar == "\n" {
                lineStart = offset + 1
                wordStart = offset + 1
                lineNumber += 1
                continue
            }
            if offset - lineStart == longestParagraph { return (text, .paragraphTooLong(line: lineNumber)) }
            if scalar == " " || scalar == "\t" {
                wordStart = offset + 1
                continue
            }
            if offset - wordStart == longestWord { return (text, .wordTooLong(offset: wordStart)) }
            if scalar.properties.generalCategory == .control { return (text, .control(scalar, offset: offset)) }
            if !isDrawable(scalar) { return (text, .undrawable(scalar, offset: offset)) }
        }
        return (text, .clean(hasTab: text.unicodeScalars.contains("\t")))
    }

    func testByteSearchMatchesTheUTF8View() {
        for text in samples + ["{{x}}", "**đậm**", "\u{FFFD}", "\u{0}"] {
            for byte: UInt8 in [0, 9, 10, 13, 0x2A, 0x7B, 0xCC, 0xEF] {
                XCTAssertEqual(text.containsUTF8(byte), text.utf8.contains(byte), "\(text.debugDescription) \(byte)")
                let tail = text.dropFirst()
                XCTAssertEqual(tail.containsUTF8(byte), tail.utf8.contains(byte), "\(tail.debugDescription) \(byte)")
            }
        }
    }

    /// Inline markup found on bytes and slices gives the tokens a walk over Characters gave: a
    /// marker or backslash with a mark joined to it is text, not markup.
    func testInlineMarkupTokensMatchTheCharacterWalk() {
        let cases = ["**đậm** và *nghiêng*", "5 \\* 3", "\\**x**", "*\u{0301}x*", "\\\u{0301}*y*", "a**b", "***", "*", "**", "\\",
                     "x\\", "é*\r\n*", "**Tổ chức** *thực hiện*.", "\\*\\*", "*a**b*", "Quài Tở*"]
        for text in cases {
            XCTAssertEqual(InlineMarkup.tokenize(text), Self.referenceTokens(text), text.debugDescription)
        }
    }

    private static func referenceTokens(_ source: String) -> [InlineMarkup.Token] {
        var tokens: [InlineMarkup.Token] = []
        var pending = ""
        var characters = Array(source)[...]
        while let character = characters.popFirst() {
            if character == "\\", characters.first == "*" {
                pending.append(characters.removeFirst())
            } else if character == "*" {
                if !pending.isEmpty { tokens.append(.text(pending)); pending = "" }
                if characters.first == "*" {
                    characters.removeFirst()
                    tokens.append(.bold)
                } else {
                    tokens.append(.italic)
                }
            } else {
                pending.append(character)
            }
        }
        if !pending.isEmpty { tokens.append(.text(pending)) }
        return tokens
    }
}
