import Foundation
import XCTest

/// `vanban watch`: started as a user starts it, the document saved in place and by rename as
/// editors save, a broken save reported and the good PDF kept, then Ctrl-C.
final class WatchCommandTests: XCTestCase {
    /// The output of a running process, collected as it comes.
    private final class Output: @unchecked Sendable {
        private let lock = NSLock()
        private var text = ""
        func append(_ data: Data) { lock.lock(); text += String(decoding: data, as: UTF8.self); lock.unlock() }
        var value: String { lock.lock(); defer { lock.unlock() }; return text }
    }

    /// Waits (at most a minute: a guard against a hang, not a measure of speed) until `condition`.
    private func wait(_ what: String, _ condition: () -> Bool) {
        let deadline = Date().addingTimeInterval(60)
        while !condition(), Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        XCTAssertTrue(condition(), "timed out waiting for \(what)")
    }

    private func text(_ pdf: String) -> String { (try? TestSupport.extractText(pdf)) ?? "" }

    func testASaveInPlaceOrByRenameRendersAgainAndCtrlCStops() throws {
        let directory = TestSupport.temporaryDirectory()
        let input = directory + "/plan.yaml", pdf = directory + "/plan.pdf"
        let original = try String(contentsOfFile: TestSupport.examples + "/minimal.yaml", encoding: .utf8)
        try original.write(toFile: input, atomically: false, encoding: .utf8)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: TestSupport.binary)
        process.arguments = ["watch", input, "--png", directory + "/png"]
        process.environment = TestSupport.environment()   // its messages in English, whatever the machine's locale
        let stdout = Pipe(), stderr = Pipe(), output = Output(), errors = Output()
        process.standardOutput = stdout
        process.standardError = stderr
        stdout.fileHandleForReading.readabilityHandler = { output.append($0.availableData) }
        stderr.fileHandleForReading.readabilityHandler = { errors.append($0.availableData) }
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        func updates() -> Int { output.value.components(separatedBy: "đã cập nhật \(pdf) (").count - 1 }

        wait("the first render") { updates() == 1 }
        XCTAssertTrue(text(pdf).contains("Tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2024"), errors.value)
        XCTAssertTrue(FileManager.default.fileExists(atPath: directory + "/png/page-01.png"))

        // Saved in place (the same file written again).
        let inPlace = original.replacingOccurrences(of: "học tập suốt đời năm 2024", with: "đọc sách năm 2025")
        let handle = try XCTUnwrap(FileHandle(forWritingAtPath: input))
        handle.truncateFile(atOffset: 0)
        handle.write(Data(inPlace.utf8))
        handle.closeFile()
        wait("the render after a save in place") { updates() == 2 }
        XCTAssertTrue(text(pdf).contains("Tổ chức Tuần lễ hưởng ứng đọc sách năm 2025"), text(pdf))

        // Saved by rename: a new file renamed over the old one, whose inode is gone.
        let renamed = original.replacingOccurrences(of: "học tập suốt đời năm 2024", with: "chuyển đổi số năm 2026")
        try renamed.write(toFile: directory + "/.plan.yaml.swp", atomically: false, encoding: .utf8)
        XCTAssertEqual(rename(directory + "/.plan.yaml.swp", input), 0)
        wait("the render after a save by rename") { updates() == 3 }
        XCTAssertTrue(text(pdf).contains("Tổ chức Tuần lễ hưởng ứng chuyển đổi số năm 2026"), text(pdf))

        // A broken save is reported at its place; the last good PDF stays.
        try (renamed + "\nsigner: [\n").write(toFile: input, atomically: true, encoding: .utf8)
        wait("the problem of a broken save") { errors.value.contains("plan.yaml:") }
        XCTAssertTrue(errors.value.contains("error: "), errors.value)
        XCTAssertTrue(text(pdf).contains("chuyển đổi số năm 2026"))
        XCTAssertEqual(updates(), 3)

        process.interrupt()   // SIGINT, as Ctrl-C sends
        wait("the watch to stop") { !process.isRunning }
        XCTAssertEqual(process.terminationReason, .exit, "ended by its own hand, not killed by the signal")
        XCTAssertEqual(process.terminationStatus, 0)
        XCTAssertTrue(errors.value.contains("đã dừng theo dõi \(input)"), errors.value)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".tmp") }
        XCTAssertEqual(leftovers, [], "no temporary file left behind")
    }

    func testTheInputIsNeverTheOutput() throws {
        let result = try TestSupport.vanban(["watch", TestSupport.examples + "/minimal.yaml", "-o", TestSupport.examples + "/minimal.yaml"])
        XCTAssertEqual(result.status, 64)
        XCTAssertTrue(result.error.contains("the PDF would replace the input"), result.error)
        let nowhere = try TestSupport.vanban(["watch", "/nonexistent-folder/plan.yaml"])
        XCTAssertEqual(nowhere.status, 64)
        XCTAssertTrue(nowhere.error.contains("the folder /nonexistent-folder of /nonexistent-folder/plan.yaml does not exist"), nowhere.error)
    }
}
