import Foundation
import VanBanRender
import XCTest

/// A file's folder as `NSString.deletingLastPathComponent` gives it, for every shape of path a
/// user types, including the one-character names on which Foundation 6.3 traps.
final class ParentDirectoryTests: XCTestCase {
    func testTheFolderOfEveryShapeOfPath() {
        let expected = ["x": "", "-": "", ".": "", "y/": "", "plan.pdf": "", "out/plan.pdf": "out", "out//plan.pdf": "out",
                        "a/b/": "a", "/plan.pdf": "/", "/": "/", "/srv/out/plan.pdf": "/srv/out", "./y": ".", "../y": "..", "": ""]
        for (path, folder) in expected {
            XCTAssertEqual(ParentDirectory.of(path), folder, path)
        }
        // The same answers as Foundation's wherever Foundation does not trap.
        for path in ["plan.pdf", "out/plan.pdf", "a/b/", "/plan.pdf", "/", "/srv/out/plan.pdf", "./y", "../y", ""] {
            XCTAssertEqual(ParentDirectory.of(path), (path as NSString).deletingLastPathComponent, path)
        }
    }

    func testOneCharacterOutputNamesAreWrittenNotCrashedOn() throws {
        let directory = TestSupport.temporaryDirectory()
        for name in ["x", "-"] {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: TestSupport.binary)
            process.arguments = ["new", "cong-van", "-o", name]
            process.currentDirectoryURL = URL(fileURLWithPath: directory)
            let errors = Pipe()
            process.standardError = errors
            try process.run()
            let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            XCTAssertEqual(process.terminationStatus, 0, "-o \(name): \(message)")
            XCTAssertTrue(FileManager.default.fileExists(atPath: directory + "/" + name), name)
        }
        let render = try TestSupport.run(TestSupport.binary, ["render", directory + "/x", "-o", directory + "/y"])
        XCTAssertEqual(render.status, 0, render.error)
    }
}
