import VanBanModel
import XCTest

/// The PDF creation date, from `pdf.created` or `--creation-date`: RFC 3339 date-times only,
/// checked against the calendar.
final class ISODateTimeTests: XCTestCase {
    func testValidAndInvalidDateTimes() {
        for valid in ["2024-09-20T08:00:00+07:00", "2024-02-29T23:59:59Z", "2000-02-29T00:00:00-05:30", "2020-10-08t08:00:00z"] {
            XCTAssertTrue(ISODateTime.isValid(valid), valid)
        }
        for invalid in ["2023-02-29T00:00:00Z", "2100-02-29T00:00:00Z", "2024-13-01T00:00:00Z", "2024-04-31T00:00:00Z",
                        "2024-09-20T24:00:00Z", "2024-09-20T08:60:00Z", "2024-09-20 08:00:00+07:00", "2024-09-20",
                        "2024-09-20T08:00:00", "2024-09-20T08:00:00+0700", "2024-09-20T08:00:00+07:00 ", "hôm nay", ""] {
            XCTAssertFalse(ISODateTime.isValid(invalid), invalid)
        }
    }

    func testABadCreationDateIsRefusedBeforeAnythingIsWritten() throws {
        let directory = TestSupport.temporaryDirectory()
        let result = try TestSupport.vanban(["render", TestSupport.examples + "/minimal.yaml", "-o", directory + "/a.pdf",
                                             "--creation-date", "20/09/2024"])
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.error.contains("--creation-date must be an ISO 8601 date-time"), result.error)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory), [])
    }
}
