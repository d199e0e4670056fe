import Foundation
import VanBanRender
import VanBanText
import XCTest

/// The benchmark stays runnable, and its Pango + Cairo baseline draws exactly VanBan's text on
/// as many pages. No timing is asserted: figures live in `vanban-bench`'s table.
final class BenchmarkTests: XCTestCase {
    func testBaselineDrawsTheSameTextOnTheSamePages() throws {
        let composer = TestSupport.composer
        let document = try TestSupport.document(TestSupport.examples + "/dong-da.yaml")
        let frames = composer.layout(document)
        let input = BaselineInput(frames)
        XCTAssertEqual(input.pages.count, frames.count)
        XCTAssertEqual(input.lineCount, frames.flatMap(\.items).filter { !$0.text.isEmpty }.count)

        let baseline = BaselineTypesetter(context: TextContext(library: composer.fonts))
        let data = try baseline.pdf(paragraphs: input.paragraphs, pages: input.pages, info: composer.pdfInfo(document))
        let directory = TestSupport.temporaryDirectory()
        try data.write(to: URL(fileURLWithPath: directory + "/baseline.pdf"))
        let vanban = try TestSupport.pdfFile(document, name: "vanban")
        XCTAssertEqual(try TestSupport.pdfInfo(directory + "/baseline.pdf")["Pages"], String(frames.count))
        XCTAssertEqual(try TestSupport.extractText(directory + "/baseline.pdf"), try TestSupport.extractText(vanban))
    }

    func testQuickBenchmarkPrintsTheTable() throws {
        let bundle = Bundle(for: Self.self).bundleURL
        let binary = [bundle, bundle.deletingLastPathComponent()].map { $0.appendingPathComponent("vanban-bench").path }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
        let program = try XCTUnwrap(binary, "build vanban-bench first")
        let result = try TestSupport.run(program, ["--quick", "--rounds", "1", "--units", "2", "--cold-runs", "1"])
        XCTAssertEqual(result.status, 0, result.error)
        for example in TestSupport.exampleFiles.map({ ($0 as NSString).lastPathComponent }) {
            XCTAssertTrue(result.output.contains("\n" + example + " "), "a row for \(example)")
        }
        for line in ["Pango+Cairo ms", "Đống Đa with its body repeated", "Cold process, vanban render",
                     "for 2 units on", "vanban render --units", "Batch, one-page letter", "1 000 one-page forms", "Targets:"] {
            XCTAssertTrue(result.output.contains(line), "the table shows \(line)")
        }
    }
}
