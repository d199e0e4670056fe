import Foundation
import VanBanLayout
import VanBanText
import XCTest

/// A few small renders compared with recorded references, to catch drift that geometry tests do
/// not name. Re-record after an intended change with `VANBAN_RECORD=1 scripts/test.sh`, then review
/// the new PNGs in the diff.
final class ReferenceRenderTests: XCTestCase {
    let dpi = 40.0
    /// Anti-aliasing may differ slightly between machines; moved or missing text does not hide
    /// under this share of strongly differing pixels.
    let tolerance = 0.002

    func testMinimalFirstPage() throws {
        try compare("minimal.yaml", page: { $0.first }, reference: "minimal-p1")
    }

    func testDongDaScheduleFirstPage() throws {
        try compare("dong-da.yaml", page: { $0.first { $0.section == 1 } }, reference: "dong-da-appendix-p1")
    }

    func testBachThongProgramme() throws {
        try compare("bach-thong.yaml", page: { $0.last }, reference: "bach-thong-programme")
    }

    func testTuanGiaoFormFirstPage() throws {
        try compare("tuan-giao.yaml", page: { $0.first { $0.section == 2 } }, reference: "tuan-giao-form-p1")
    }

    private func compare(_ example: String, page select: ([PageFrame]) -> PageFrame?, reference name: String) throws {
        let pages = try TestSupport.pages(TestSupport.examples + "/" + example)
        let page = try XCTUnwrap(select(pages), "no such page in \(example)")
        let png = try XCTUnwrap(TestSupport.composer.png([page], dpi: dpi).first)
        let path = TestSupport.fixtures + "/reference/\(name).png"
        if ProcessInfo.processInfo.environment["VANBAN_RECORD"] == "1" {
            try png.write(to: URL(fileURLWithPath: path))
            XCTFail("recorded \(path); review it, then run the tests again without VANBAN_RECORD")
            return
        }
        let recorded = try XCTUnwrap(FileManager.default.contents(atPath: path), "no reference \(path): record it with VANBAN_RECORD=1")
        let expected = try XCTUnwrap(GrayImage(png: recorded))
        let actual = try XCTUnwrap(GrayImage(png: png))
        XCTAssertEqual(actual.width, expected.width)
        XCTAssertEqual(actual.height, expected.height)
        let share = actual.differingShare(from: expected)
        if share > tolerance {
            let failed = NSTemporaryDirectory() + "\(name)-actual.png"
            try png.write(to: URL(fileURLWithPath: failed))
            XCTFail("\(name): \(String(format: "%.3f", share * 100))% of pixels differ; the new render is at \(failed)")
        }
    }
}
