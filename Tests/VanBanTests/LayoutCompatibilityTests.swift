import VanBanInput
import VanBanModel
import XCTest

/// A layout file an office copied before VanBan knew the marks and copies still loads: the
/// styles added since then take the decree's values when a file leaves them out.
final class LayoutCompatibilityTests: XCTestCase {
    func testALayoutWrittenBeforeTheMarksLoadsWithTheDecreesStyles() throws {
        let old = TestSupport.fixtures + "/layouts/nd30-before-marks.yaml"
        guard case let .success((spec, _)) = LayoutReader.read(path: old) else {
            return XCTFail("\(LayoutReader.read(path: old))")
        }
        XCTAssertEqual(spec.style(.stamp), TextStyleSpec(size: .pt(13), bold: true))
        XCTAssertEqual(spec.style(.typist), TextStyleSpec(size: .pt(11)))
        XCTAssertEqual(spec.style(.footer), TextStyleSpec(size: .pt(11)))
        XCTAssertEqual(spec.style(.copyKind), TextStyleSpec(size: .pt(14), bold: true))
        XCTAssertEqual(spec.table.minimumSize, .pt(10), "the table text's floor")
        guard case let .success((current, _)) = LayoutReader.read(path: TestSupport.root + "/Layouts/nd30.yaml") else {
            return XCTFail()
        }
        for role in StyleRole.allCases { XCTAssertEqual(spec.style(role), current.style(role), role.rawValue) }
        XCTAssertEqual(spec.table, current.table)
    }
}
