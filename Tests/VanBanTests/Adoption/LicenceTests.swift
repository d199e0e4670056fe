import Foundation
import XCTest

/// What an organisation's lawyer looks for before adopting the code: a licence for the code at the
/// root, the fonts' own licence beside them, and the README saying which is which.
final class LicenceTests: XCTestCase {
    func testTheCodeIsUnderApache2AndTheFontsKeepTheirLicence() throws {
        let licence = try String(contentsOfFile: TestSupport.root + "/LICENSE", encoding: .utf8)
        XCTAssertTrue(licence.contains("Apache License"), "LICENSE is not the Apache licence")
        XCTAssertTrue(licence.contains("Version 2.0, January 2004"))
        XCTAssertTrue(licence.contains("TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION"), "the licence's terms are missing")

        let fonts = try String(contentsOfFile: TestSupport.root + "/Fonts/LICENSE", encoding: .utf8)
        XCTAssertTrue(fonts.contains("SIL Open Font License"), "Fonts/LICENSE is not the fonts' OFL")

        let readme = try String(contentsOfFile: TestSupport.root + "/README.md", encoding: .utf8)
        XCTAssertTrue(readme.contains("Apache License 2.0 (`LICENSE`)"), "the README does not state the code's licence")
        XCTAssertTrue(readme.contains("SIL Open Font License 1.1, in `Fonts/LICENSE`"), "the README does not state the fonts' licence")
    }
}
