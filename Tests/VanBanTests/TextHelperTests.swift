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

    func testCompositionMatchesFoundationNFC() {
        let decomposed = "Tô\u{0309} chư\u{031B}\u{0301}c Tuâ\u{0300}n lê\u{0303}"
        for text in samples + [decomposed, "Quài Tở – “Tuần lễ”…", "A\u{030A}"] {
            XCTAssertEqual(text.canonicallyComposed.unicodeScalars.map(\.value),
                           text.precomposedStringWithCanonicalMapping.unicodeScalars.map(\.value), "\(text.debugDescription)")
        }
    }
}
