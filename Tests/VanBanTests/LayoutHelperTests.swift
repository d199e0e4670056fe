import Foundation
@testable import VanBanLayout
import VanBanModel
@testable import VanBanText
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

    /// Line balancing trusts its replay of Pango's greedy breaking only as a first guess, but a
    /// replay that disagrees costs the shapings it was meant to save: it must match Pango.
    func testGreedyBreakingReplayMatchesPango() throws {
        let text = TextContext(library: TestSupport.composer.fonts)
        let samples: [[TextRun]] = [
            [TextRun("Tổ chức “Tuần lễ hưởng ứng học tập suốt đời” năm 2024 trên địa bàn quận Đống Đa", bold: true)],
            [TextRun("ỦY BAN NHÂN DÂN\nQUẬN ĐỐNG ĐA")],
            [TextRun("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", bold: true)],
            [TextRun("(Kèm theo Kế hoạch số: 05/KH-UBND ngày 07/10/2024 của "), TextRun("Ủy ban nhân dân", italic: true),
             TextRun(" huyện Tuần Giáo; GDNN-GDTX (t/h);")],
        ]
        var compared = 0
        for runs in samples {
            let characters = text.shape(runs, size: 13, width: nil, alignment: .center).characterAdvances()
            XCTAssertEqual(characters.count, runs.map(\.text).joined().unicodeScalars.count)
            for width in stride(from: 60.0, through: 470, by: 7.3) {
                let shaped = text.shape(runs, size: 13, width: width, alignment: .center)
                guard let predicted = LineBalancing.lineCount(of: characters, at: width) else { continue }
                XCTAssertEqual(predicted, shaped.lines.count, "\(runs.map(\.text).joined()) at \(width) pt")
                compared += 1
            }
        }
        XCTAssertGreaterThan(compared, 150)
    }

    /// Balancing shapes a paragraph again and again: it leaves alone a text Pango had to cut inside
    /// a word (it could only cut it elsewhere) and one of many lines (a long field, where the
    /// shapings cost seconds), and balances a title of a few lines.
    func testBalancingShapesAgainOnlyTitlesOfAFewLines() throws {
        let text = TextContext(library: TestSupport.composer.fonts)
        let balancing = LineBalancing(context: text)
        let cut = text.shape([TextRun(String(repeating: "x", count: 999) + " năm 2024")], size: 14, width: 283, alignment: .center)
        XCTAssertTrue(cut.cutsAWord)
        XCTAssertTrue(balancing.balanced(cut) === cut)
        let long = text.shape([TextRun(Array(repeating: "Tuần lễ hưởng ứng học tập suốt đời", count: 30).joined(separator: " ") + " nhé")],
                              size: 14, width: 283, alignment: .center)
        XCTAssertGreaterThan(long.lines.count, LineBalancing.mostLines)
        XCTAssertFalse(long.cutsAWord)
        XCTAssertTrue(balancing.balanced(long) === long)
        let title = text.shape([TextRun("Tổ chức “Tuần lễ hưởng ứng học tập suốt đời” năm 2024 trên địa bàn quận Đống Đa")],
                               size: 14, width: 467, alignment: .center)
        XCTAssertFalse(title.cutsAWord)
        XCTAssertFalse(balancing.balanced(title) === title)
    }

    /// A centred line never ends inside one of the administrative compound words ("THỊ" / "TRẤN"),
    /// at any width the word fits in; body text and table cells may still break there.
    func testCentredLinesKeepCompoundWordsWhole() throws {
        let text = TextContext(library: TestSupport.composer.fonts)
        let samples = ["ĐƠN VỊ: UBND THỊ TRẤN TUẦN GIÁO", "ĐƠN VỊ: TRUNG TÂM GDNN-GDTX HUYỆN TUẦN GIÁO",
                       "SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH ĐIỆN BIÊN", "Tổ chức “Tuần lễ hưởng ứng học tập suốt đời” năm 2024",
                       "PHÓ GIÁM ĐỐC PHỤ TRÁCH CÔNG TÁC GIÁO DỤC THƯỜNG XUYÊN"]
        var compared = 0
        for sample in samples {
            for width in stride(from: 110.0, through: 400, by: 9.7) {
                let shaped = text.shape([TextRun(sample, bold: true)], size: 13, width: width, alignment: .center)
                let lines = (0..<shaped.lines.count).map { shaped.text(ofLine: $0).trimmingCharacters(in: .whitespaces) }
                for (line, next) in zip(lines, lines.dropFirst()) {
                    let pair = [line.split(separator: " ").last, next.split(separator: " ").first]
                        .compactMap { $0?.trimmingCharacters(in: CharacterSet(charactersIn: "“”\"")) }.joined(separator: " ")
                    XCTAssertFalse(TextParagraph.compoundWords.contains(pair.lowercased()), "'\(line)' / '\(next)' at \(width) pt")
                    compared += 1
                }
            }
        }
        XCTAssertGreaterThan(compared, 100)
        let bodyBreaks = stride(from: 200.0, through: 400, by: 7).filter { width in
            let body = text.shape([TextRun(String(repeating: "thị trấn ", count: 40))], size: 13, width: width, alignment: .justify)
            return (0..<body.lines.count).contains { body.text(ofLine: $0).trimmingCharacters(in: .whitespaces).hasSuffix("thị") }
        }
        XCTAssertFalse(bodyBreaks.isEmpty, "body text may break between the syllables")
    }
}
