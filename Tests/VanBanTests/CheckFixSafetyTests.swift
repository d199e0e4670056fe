import Foundation
import VanBanRender
import XCTest

/// `vanban check --fix` edits a user's file in place as a careful editor does: through links,
/// keeping hard links, mode, byte-order mark and line endings, and never over another program's save.
final class CheckFixSafetyTests: XCTestCase {
    /// dong-da.yaml has one safe finding (line 27 should end with '.').
    let example = TestSupport.examples + "/dong-da.yaml"
    var original: String { (try? String(contentsOfFile: example, encoding: .utf8)) ?? "" }

    func fix(_ path: String) throws -> TestSupport.RunResult { try TestSupport.vanban(["check", "--fix", path]) }

    func isFixed(_ text: String) -> Bool {
        text.components(separatedBy: "\n")[26].hasSuffix("năm 2024.") && text.count == original.count
    }

    func info(_ path: String, follow: Bool = true) -> stat {
        var result = stat()
        _ = follow ? stat(path, &result) : lstat(path, &result)
        return result
    }

    func testASymbolicLinkStaysALinkAndItsTargetIsFixed() throws {
        let directory = TestSupport.temporaryDirectory()
        let real = directory + "/real.yaml", link = directory + "/link.yaml"
        try original.write(toFile: real, atomically: true, encoding: .utf8)
        XCTAssertEqual(symlink("real.yaml", link), 0)
        let result = try fix(link)
        XCTAssertEqual(result.status, 0, result.error)
        XCTAssertEqual(info(link, follow: false).st_mode & S_IFMT, S_IFLNK, "the link is still a link")
        XCTAssertTrue(isFixed(try String(contentsOfFile: real, encoding: .utf8)), "the real file is fixed")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory).sorted(), ["link.yaml", "real.yaml"])
    }

    func testHardLinksModeAndOwnerAreKept() throws {
        let directory = TestSupport.temporaryDirectory()
        let path = directory + "/plan.yaml", other = directory + "/other-name.yaml"
        try original.write(toFile: path, atomically: true, encoding: .utf8)
        chmod(path, 0o640)
        XCTAssertEqual(link(path, other), 0)
        let inode = info(path).st_ino
        XCTAssertEqual(try fix(path).status, 0)
        XCTAssertEqual(info(path).st_ino, inode, "rewritten through the same inode")
        XCTAssertEqual(info(path).st_nlink, 2, "the hard link is kept")
        XCTAssertTrue(isFixed(try String(contentsOfFile: other, encoding: .utf8)), "the other name sees the fix")
        XCTAssertEqual(info(path).st_mode & 0o7777, 0o640)

        // A single-link file is replaced atomically, keeping its mode and owner.
        let single = directory + "/single.yaml"
        try original.write(toFile: single, atomically: true, encoding: .utf8)
        chmod(single, 0o600)
        let owner = (info(single).st_uid, info(single).st_gid)
        XCTAssertEqual(try fix(single).status, 0)
        XCTAssertEqual(info(single).st_mode & 0o7777, 0o600)
        XCTAssertEqual(info(single).st_uid, owner.0)
        XCTAssertEqual(info(single).st_gid, owner.1)
    }

    func testAReadOnlyFileIsNotRewritten() throws {
        let directory = TestSupport.temporaryDirectory()
        let path = directory + "/plan.yaml"
        try original.write(toFile: path, atomically: true, encoding: .utf8)
        chmod(path, 0o444)
        let result = try fix(path)
        XCTAssertEqual(result.status, 3)
        XCTAssertTrue(result.error.contains("the file is read-only, so it was not fixed"), result.error)
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), original)
        XCTAssertEqual(info(path).st_mode & 0o7777, 0o444)
    }

    func testAByteOrderMarkAndWindowsLineEndingsAreKeptAndFixed() throws {
        let directory = TestSupport.temporaryDirectory()
        let path = directory + "/windows.yaml"
        let windows = Data(("\u{FEFF}" + original.replacingOccurrences(of: "\n", with: "\r\n")).utf8)
        try windows.write(to: URL(fileURLWithPath: path))
        let result = try fix(path)
        XCTAssertEqual(result.status, 0, result.output + result.error)
        XCTAssertEqual(result.error, "\(path): fixed 1 finding(s)\n")
        let fixed = try XCTUnwrap(FileManager.default.contents(atPath: path))
        XCTAssertTrue(fixed.starts(with: [0xEF, 0xBB, 0xBF]), "the byte-order mark stays")
        let text = String(decoding: fixed.dropFirst(3), as: UTF8.self)
        XCTAssertEqual(text.components(separatedBy: "\r\n").count, original.components(separatedBy: "\n").count, "every line still ends in CR LF")
        XCTAssertFalse(text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        XCTAssertTrue(isFixed(text.replacingOccurrences(of: "\r\n", with: "\n")))
    }

    /// Another program saves the file after it was read: its save wins, the fix is refused.
    func testAFileChangedDuringTheRunIsNotOverwritten() throws {
        let directory = TestSupport.temporaryDirectory()
        let path = directory + "/plan.yaml"
        try original.write(toFile: path, atomically: false, encoding: .utf8)
        var edit = try InPlaceEdit(path: path)
        let saved = original.replacingOccurrences(of: "Đống Đa", with: "Đống Đà")
        try saved.write(toFile: path, atomically: false, encoding: .utf8)
        XCTAssertThrowsError(try edit.replace(with: Data("fixed".utf8))) { error in
            XCTAssertTrue(String(describing: error).contains("changed while it was being checked"), "\(error)")
        }
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), saved, "the other program's save is kept")

        // The same size and time of modification, other bytes: still caught.
        edit = try InPlaceEdit(path: path)
        let before = info(path)
        var bytes = Array(saved.utf8)
        bytes[bytes.count - 2] ^= 0x01
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        var times = [before.st_atim, before.st_mtim]
        XCTAssertEqual(utimensat(AT_FDCWD, path, &times, 0), 0)
        XCTAssertThrowsError(try edit.replace(with: Data("fixed".utf8)))
        XCTAssertEqual(FileManager.default.contents(atPath: path), Data(bytes))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory), ["plan.yaml"], "no temporary file left")
    }
}
