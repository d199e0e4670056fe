import VanBanModel
import VanBanText
import XCTest

/// The fast helpers on the layout path give exactly what their plain Character-based versions
/// gave, on the cases where the two could differ.
final class LayoutHelperTests: XCTestCase {
    /// The Character-based definition `FillDots.runs` replaced: runs of dot Characters that are blanks.
    private func referenceRuns(in text: String) -> [Range<String.Index>] {
        var runs: [Range<String.Index>] = []
        var index = text.startIndex
        while index < text.endIndex {
            guard FillDots.isDot(text[index]) else { index = text.index(after: index); continue }
            let end = text[index...].firstIndex { !FillDots.isDot($0) } ?? text.endIndex
            if FillDots.isBlank(text[index..<end]) { runs.append(index..<end) }
            index = end
        }
        return runs
    }

    func testDotRunsMatchTheCharacterDefinition() {
        let samples = ["", ".", "...", "....", "…", "……", "…….", "Tổng số …… người, trong đó …… nữ",
                       "Họ và tên:………………………", "hết.", "Xem tr. 3.... và …", "....\u{0301}", "…\u{0323}…",
                       "…\u{200D}……", "a....b……c", "\u{0301}....", "Quài Tở ...... ngày", "…ं….", "....\n....",
                       String(repeating: "…", count: 300)]
        for text in samples {
            XCTAssertEqual(FillDots.runs(in: text), referenceRuns(in: text), text.debugDescription)
        }
    }

    func testRunsAreEqualExactlyWhenTheirBytesAndStylesAre() {
        let paragraph = { (texts: [String]) in
            TextParagraph(runs: texts.map { TextRun($0) }, size: 13, width: 450)
        }
        XCTAssertEqual(paragraph(["Quài Tở ", "Tuần Giáo"]), paragraph(["Quài Tở ", "Tuần Giáo"]))
        XCTAssertEqual(paragraph(["Quài Tở"]).hashValue, paragraph(["Quài Tở"]).hashValue)
        XCTAssertNotEqual(paragraph(["ab", "c"]), paragraph(["a", "bc"]))
        XCTAssertNotEqual(paragraph(["ab", "c"]).hashValue, paragraph(["a", "bc"]).hashValue)
        XCTAssertNotEqual(TextRun("Tở", bold: true), TextRun("Tở"))
        XCTAssertNotEqual(TextRun("Tở"), TextRun("Tờ"))
        // Pango shapes bytes: canonically equal texts in different encodings are shaped apart.
        XCTAssertNotEqual(TextRun("T\u{1EDF}"), TextRun("To\u{031B}\u{0309}"))
    }
}
