import VanBanLayout
import XCTest

/// Body text, closing block and page numbers measured from the layout of the real examples.
final class BodyGeometryTests: XCTestCase {
    let mm = TestSupport.mm

    func testNothingCrossesTheMarginsInAnyExample() throws {
        for file in TestSupport.exampleFiles {
            for (index, page) in try TestSupport.pages(file).enumerated() {
                // The page number and the circulation mark (ô 11) stand in the top margin, as the decree places them.
                for item in page.items where item.isVisible && ![.pageNumber, .circulation, .circulationFrame].contains(item.part) {
                    let label = "\(file) page \(index + 1): \(item.part) '\(item.text)'"
                    // Portrait or landscape, the margins keep their meaning in the reading direction.
                    XCTAssertGreaterThanOrEqual(item.x, 30 * mm - 0.01, label)
                    XCTAssertLessThanOrEqual(item.x + item.width, page.width - 15 * mm + 0.01, label)
                    XCTAssertGreaterThanOrEqual(item.y, 20 * mm, label)
                    XCTAssertLessThanOrEqual(item.y, page.height - 20 * mm + 0.01, label)
                }
            }
        }
    }

    func testBodyParagraphsAreJustifiedWithAOneCentimetreFirstLineIndent() throws {
        var checked = 0
        for file in TestSupport.exampleFiles {
            var seen = Set<ObjectIdentifier>()
            for page in try TestSupport.pages(file) {
                let paragraphs = Dictionary(grouping: page.items(.body), by: { $0.paragraphID! })
                for (id, lines) in paragraphs {
                    let sorted = lines.sorted { $0.y < $1.y }
                    // A centred line (a form's "… trân trọng giới thiệu:") has its own margins.
                    let isCentred = sorted.allSatisfy { abs(($0.x - 30 * mm) - (195 * mm - $0.x - $0.width)) < 0.5 }
                    if seen.insert(id).inserted, sorted[0].x > 30 * mm + 1, !isCentred {
                        XCTAssertEqual(sorted[0].x, 30 * mm + 10 * mm, accuracy: 0.01, "\(file): \(sorted[0].text)")
                    }
                    // Every line but a paragraph's last fills the measure to the right margin (a
                    // line that wraps ends with its breaking space; Pango leaves such a line up
                    // to 1 pt, 0.35 mm, short, and 4 pt where a bold run followed the space).
                    for line in sorted where line.text.hasSuffix(" ") {
                        XCTAssertEqual(line.x + line.width, 195 * mm, accuracy: 1.5, "\(file): \(line.text)")
                        checked += 1
                    }
                }
            }
        }
        XCTAssertGreaterThan(checked, 400)
    }

    func testLinePitchIsSingleSpacingAndParagraphsAreSixPointsApart() throws {
        let page = try XCTUnwrap(TestSupport.pages(TestSupport.examples + "/dong-da.yaml").dropFirst().first)
        let body = page.items(.body).sorted { $0.y < $1.y }
        var sawParagraphGap = false
        for (a, b) in zip(body, body.dropFirst()) {
            let distance = b.y - a.y
            if a.paragraphID == b.paragraphID {
                XCTAssertEqual(distance, 14 * 1.15, accuracy: 0.01)
            } else if distance < 30 {
                XCTAssertEqual(distance, 14 * 1.15 + 6, accuracy: 0.01)
                sawParagraphGap = true
            }
        }
        XCTAssertTrue(sawParagraphGap)
    }

    func testPageNumbersFromPageTwoCentredInTheTopMarginAndRestartingInAppendices() throws {
        let pages = try TestSupport.pages(TestSupport.examples + "/dong-da.yaml")
        XCTAssertTrue(pages[0].items(.pageNumber).isEmpty, "no number on page 1")
        for page in pages {
            let numbers = page.items(.pageNumber)
            guard let expected = page.printedNumber else {
                XCTAssertTrue(numbers.isEmpty)
                continue
            }
            let number = try XCTUnwrap(numbers.first)
            XCTAssertEqual(number.text, String(expected))
            XCTAssertEqual(number.x + number.width / 2, 30 * mm + 165 * mm / 2, accuracy: 0.01)
            XCTAssertEqual(number.y, 13 * mm, accuracy: 0.01)
            XCTAssertLessThan(number.y, 20 * mm, "inside the top margin")
        }
        let appendixPages = pages.filter { $0.section == 1 }
        XCTAssertGreaterThanOrEqual(appendixPages.count, 2)
        XCTAssertNil(appendixPages[0].printedNumber, "an appendix starts its own numbering")
        XCTAssertEqual(appendixPages[1].printedNumber, 2)
        let mainPages = pages.filter { $0.section == 0 }
        XCTAssertEqual(mainPages.last?.printedNumber, mainPages.count)
    }

    func testRecipientsStandBesideTheSignerLevelWithTheFirstTitleLine() throws {
        // One signer; two side by side have Nơi nhận below them (FormsTests).
        for file in TestSupport.exampleFiles where try TestSupport.document(file).signers.count == 1 {
            let pages = try TestSupport.pages(file)
            let page = try XCTUnwrap(pages.first { !$0.items(.signerTitle).isEmpty }, file)
            let heading = try XCTUnwrap(page.items(.recipientsHeading).first, file)
            let title = try XCTUnwrap(page.items(.signerTitle).first, file)
            XCTAssertEqual(heading.text, "Nơi nhận:")
            XCTAssertEqual(heading.y, title.y, accuracy: 0.01, file)
            XCTAssertEqual(heading.x, 30 * mm, accuracy: 0.01, file)
            XCTAssertGreaterThan(title.x, 30 * mm + 65 * mm - 0.01, file)
            for recipient in page.items(.recipient) {
                XCTAssertLessThanOrEqual(recipient.x + recipient.width, 30 * mm + 65 * mm + 0.01, recipient.text)
            }
            // About 30 mm of signature space between the last title line and the name.
            let name = try XCTUnwrap(page.items(.signerName).first)
            let lastTitle = try XCTUnwrap(page.items(.signerTitle).last { $0.y < name.y }, "\(file): not a paper copy's signer")
            XCTAssertEqual(name.y - lastTitle.y, 30 * mm + 14 * 1.15, accuracy: 0.01, file)
            // The closing block is never alone: the body's last lines stand on its page.
            XCTAssertFalse(page.items(.body).isEmpty && page.items(.heading).isEmpty && page.items(.basis).isEmpty,
                           "\(file): the signer block has no body text on its page")
        }
    }

    func testEveryRecipientStartsWithADashAndWrappedLinesHangUnderTheText() throws {
        let pages = try TestSupport.pages(TestSupport.examples + "/my-hao.yaml")
        let recipients = pages.flatMap { $0.items(.recipient) }
        XCTAssertGreaterThanOrEqual(recipients.count, 5)
        let starts = Dictionary(grouping: recipients, by: { $0.paragraphID! }).values.map { lines in
            lines.sorted { $0.y < $1.y }
        }
        for lines in starts {
            XCTAssertTrue(lines[0].text.hasPrefix("- "), lines[0].text)
            for continuation in lines.dropFirst() {
                XCTAssertGreaterThan(continuation.x, lines[0].x + 2, "a wrapped recipient hangs: \(continuation.text)")
            }
        }
    }
}

/// Line breaking that readers notice.
final class LineBreakTests: XCTestCase {
    /// "(t/h)", "b/c", "V/v" are one word: no line of any example ends inside one ("(t/" + "h);").
    func testShortSlashAbbreviationsNeverBreak() throws {
        var checked = 0
        for file in TestSupport.exampleFiles {
            for page in try TestSupport.pages(file) {
                for item in page.items where item.isVisible {
                    // A line broken at a space after the slash ("bài/ cuộc") ends in "/ ": that is fine.
                    guard item.text.hasSuffix("/"), let last = item.text.split(separator: " ").last else { continue }
                    let letters = last.dropLast().drop { !$0.isLetter }
                    XCTAssertFalse((1...3).contains(letters.count) && letters.allSatisfy(\.isLetter),
                                   "\(file): a line ends inside an abbreviation: '\(item.text)'")
                }
                checked += page.items(.recipient).filter { $0.text.contains("/") }.count
            }
        }
        XCTAssertGreaterThan(checked, 10, "the examples' recipients have (t/h), (b/c)…")
    }
}
