import Foundation
import XCTest

/// `vanban` put on the PATH works from any directory: it finds its bundled fonts and layouts
/// beside its own executable, not beside the folder it is started in.
final class ProgramOnPathTests: XCTestCase {
    func testVanbanStartedByNameFromAnotherDirectoryFindsItsFonts() throws {
        let directory = TestSupport.temporaryDirectory()
        try FileManager.default.copyItem(atPath: TestSupport.examples + "/minimal.yaml", toPath: directory + "/plan.yaml")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        let binDirectory = URL(fileURLWithPath: TestSupport.binary).deletingLastPathComponent().path
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = binDirectory + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        environment["VANBAN_HOME"] = nil
        process.environment = environment
        // env starts it with argv[0] = "vanban", the way a shell does for a command on the PATH.
        process.arguments = ["vanban", "render", "plan.yaml"]
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, message)
        XCTAssertTrue(FileManager.default.fileExists(atPath: directory + "/plan.pdf"), message)
    }
}
