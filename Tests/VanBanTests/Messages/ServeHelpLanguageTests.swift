import Foundation
import XCTest

/// `vanban-serve --help` reads like `vanban --help` in Vietnamese: ArgumentParser's own frame
/// (USAGE:, OPTIONS:, "Show help information.") in Vietnamese too, from the same table.
final class ServeHelpLanguageTests: XCTestCase {
    private var server: String {
        URL(fileURLWithPath: TestSupport.binary).deletingLastPathComponent().appendingPathComponent("vanban-serve").path
    }

    func testTheServersHelpAndUsageErrorsAreVietnameseThroughout() throws {
        var result = try TestSupport.run(server, ["--lang", "vi", "--help"])
        XCTAssertEqual(result.status, 0, result.error)
        for word in ["TỔNG QUAN: ", "CÁCH DÙNG: ", "TÙY CHỌN:", "Hiện trợ giúp này."] {
            XCTAssertTrue(result.output.contains(word), "no '\(word)' in:\n\(result.output)")
        }
        for word in ["OVERVIEW:", "USAGE:", "OPTIONS:", "Show help information."] {
            XCTAssertFalse(result.output.contains(word), "'\(word)' left in English:\n\(result.output)")
        }
        result = try TestSupport.run(server, ["--lang", "vi", "--port", "abc"])
        XCTAssertEqual(result.status, 64)
        XCTAssertTrue(result.error.hasPrefix("Lỗi: Giá trị 'abc' không hợp lệ cho '--port <port>'"), result.error)
        result = try TestSupport.run(server, ["--lang", "en", "--help"])
        XCTAssertTrue(result.output.hasPrefix("OVERVIEW: Serve VanBan over HTTP"), result.output)
    }
}
