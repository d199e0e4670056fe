import Foundation
import XCTest

/// What `vanban` does to the files around it, attacked as a careless or hostile user would:
/// planted links, special files, read-only files, outputs named like inputs, reused directories.
final class FileSafetyTests: XCTestCase {
    let minimal = TestSupport.examples + "/minimal.yaml"
    let form = TestSupport.examples + "/tuan-giao-form.yaml"
    let unitsFile = TestSupport.examples + "/tuan-giao-units.csv"

    func vanban(_ arguments: [String]) throws -> TestSupport.RunResult { try TestSupport.vanban(arguments) }

    /// A copy of an example in a fresh directory: (directory, path).
    func copy(_ example: String, as name: String? = nil) throws -> (String, String) {
        let directory = TestSupport.temporaryDirectory()
        let path = directory + "/" + (name ?? (example as NSString).lastPathComponent)
        try FileManager.default.copyItem(atPath: example, toPath: path)
        return (directory, path)
    }

    func kind(_ path: String) -> mode_t {
        var info = stat()
        return lstat(path, &info) == 0 ? info.st_mode & S_IFMT : 0
    }

    func mode(_ path: String) -> mode_t {
        var info = stat()
        return stat(path, &info) == 0 ? info.st_mode & 0o7777 : 0
    }

    func contents(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }

    /// Links named as the temporary files of the next `count` processes would have been named
    /// (".NAME.PID.tmp", the process ids Linux hands out next), all pointing at `victim`.
    func plantLinks(in directory: String, for names: [String], to victim: String, count: Int = 2000) throws -> Int {
        let last = Int(try String(contentsOfFile: "/proc/sys/kernel/ns_last_pid", encoding: .utf8)
            .trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
        var planted = 0
        for pid in (last + 1)...(last + count) {
            for name in names where symlink(victim, "\(directory)/.\(name).\(pid).tmp") == 0 { planted += 1 }
        }
        return planted
    }

    // MARK: Temporary files

    func testOutputsNeverFollowLinksPlantedForTheTemporaryFiles() throws {
        let directory = TestSupport.temporaryDirectory()
        let victim = TestSupport.temporaryDirectory() + "/victim.txt"
        try Data("precious".utf8).write(to: URL(fileURLWithPath: victim))
        let planted = try plantLinks(in: directory, for: ["plan.pdf", "plan.json"], to: victim)
        XCTAssertGreaterThan(planted, 0)
        let result = try vanban(["render", minimal, "-o", directory + "/plan.pdf", "--anchors", directory + "/plan.json"])
        XCTAssertEqual(result.status, 0, result.error)
        XCTAssertEqual(contents(victim), Data("precious".utf8), "nothing was written through a planted link")
        XCTAssertEqual(kind(directory + "/plan.pdf"), S_IFREG, "the final name is a regular file, not a planted link")
        XCTAssertEqual(kind(directory + "/plan.json"), S_IFREG)
        XCTAssertTrue(contents(directory + "/plan.pdf")?.starts(with: Data("%PDF".utf8)) == true)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory).filter { kind(directory + "/" + $0) != S_IFLNK }
        XCTAssertEqual(leftovers.sorted(), ["plan.json", "plan.pdf"], "no temporary file left")

        // The batch's files and check --fix, the same way.
        let units = TestSupport.temporaryDirectory()
        _ = try plantLinks(in: units, for: ["UBND xã Quài Tở.pdf"], to: victim)
        XCTAssertEqual(try vanban(["render", form, "--units", unitsFile, "-o", units + "/"]).status, 0)
        XCTAssertEqual(kind(units + "/UBND xã Quài Tở.pdf"), S_IFREG)
        let (fixDirectory, fixed) = try copy(TestSupport.examples + "/dong-da.yaml")
        _ = try plantLinks(in: fixDirectory, for: ["dong-da.yaml"], to: victim)
        XCTAssertEqual(try vanban(["check", "--fix", fixed]).status, 0)
        XCTAssertEqual(kind(fixed), S_IFREG)
        XCTAssertEqual(contents(victim), Data("precious".utf8))
    }

    /// A merged bundle is written as its copies are drawn (its temporary file grows during the
    /// run, instead of all its bytes being held until the end), and SIGTERM in the middle of it
    /// removes the temporary file.
    func testAMergedBundleStreamsAndATerminatedRunLeavesNoTemporaryFile() throws {
        let directory = TestSupport.temporaryDirectory()
        let rows = (1...400).map { "Đơn vị \($0),Quài Tở" }.joined(separator: "\n")
        try ("Tên đơn vị,Địa danh\n" + rows + "\n").write(toFile: directory + "/units.csv", atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: TestSupport.binary)
        process.arguments = ["render", form, "--units", directory + "/units.csv", "--merge", "-o", directory + "/all.pdf"]
        process.standardError = FileHandle.nullDevice
        try process.run()
        var sizes = Set<UInt64>()
        for _ in 0..<12_000 where process.isRunning && sizes.count < 3 {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
            if let temporary = names.first(where: { $0.hasSuffix(".tmp") }),
               let size = (try? FileManager.default.attributesOfItem(atPath: directory + "/" + temporary))?[.size] as? UInt64, size > 0 {
                sizes.insert(size)
            }
            usleep(5_000)
        }
        XCTAssertTrue(process.isRunning, "the run was still going")
        XCTAssertGreaterThanOrEqual(sizes.count, 3, "the temporary file grew while the copies were drawn: \(sizes.sorted())")
        process.terminate()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationReason, .uncaughtSignal)
        XCTAssertEqual(process.terminationStatus, SIGTERM)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory), ["units.csv"],
                       "the temporary file was removed and nothing else written")
    }

    // MARK: What may be replaced

    func testOnlyARegularWritableFileIsReplaced() throws {
        let directory = TestSupport.temporaryDirectory()
        let fifo = directory + "/fifo.pdf"
        XCTAssertEqual(mkfifo(fifo, 0o644), 0)
        var result = try vanban(["render", minimal, "-o", fifo])
        XCTAssertEqual(result.status, 3)
        XCTAssertTrue(result.error.contains("cannot write \(fifo): it is a FIFO (named pipe), not a regular file"), result.error)
        XCTAssertEqual(kind(fifo), S_IFIFO)

        try FileManager.default.createDirectory(atPath: directory + "/plan.pdf", withIntermediateDirectories: false)
        result = try vanban(["render", minimal, "-o", directory + "/plan.pdf"])
        XCTAssertEqual(result.status, 3)
        XCTAssertTrue(result.error.contains("it is a directory"), result.error)

        let readOnly = directory + "/kept.pdf"
        try Data("kept".utf8).write(to: URL(fileURLWithPath: readOnly))
        chmod(readOnly, 0o444)
        result = try vanban(["render", minimal, "-o", readOnly])
        XCTAssertEqual(result.status, 3)
        XCTAssertTrue(result.error.contains("the file is read-only"), result.error)
        XCTAssertEqual(contents(readOnly), Data("kept".utf8))
        XCTAssertEqual(mode(readOnly), 0o444)

        let link = directory + "/link.pdf"
        XCTAssertEqual(symlink(readOnly, link), 0)
        result = try vanban(["render", minimal, "-o", link])
        XCTAssertEqual(result.status, 3)
        XCTAssertTrue(result.error.contains("symbolic link"), result.error)
        XCTAssertEqual(kind(link), S_IFLNK)

        // A writable file is replaced and keeps its mode.
        let private_ = directory + "/private.pdf"
        try Data("old".utf8).write(to: URL(fileURLWithPath: private_))
        chmod(private_, 0o640)
        XCTAssertEqual(try vanban(["render", minimal, "-o", private_]).status, 0)
        XCTAssertEqual(mode(private_), 0o640)
        XCTAssertTrue(contents(private_)?.starts(with: Data("%PDF".utf8)) == true)
    }

    func testAnOutputNeverReplacesAnInputOrAnotherOutput() throws {
        let (directory, input) = try copy(minimal, as: "p.yaml")
        let original = contents(input)
        var result = try vanban(["render", input, "-o", input])
        XCTAssertEqual(result.status, 3)
        XCTAssertTrue(result.error.contains("is the input"), result.error)
        XCTAssertEqual(contents(input), original)

        // A hard link and a symbolic link to the input are the input too.
        XCTAssertEqual(link(input, directory + "/hard.pdf"), 0)
        result = try vanban(["render", input, "-o", directory + "/hard.pdf"])
        XCTAssertEqual(result.status, 3, result.error)
        XCTAssertEqual(contents(input), original)
        XCTAssertEqual(symlink(input, directory + "/soft.json"), 0)
        result = try vanban(["render", input, "-o", directory + "/x.pdf", "--anchors", directory + "/soft.json"])
        XCTAssertEqual(result.status, 3, result.error)
        XCTAssertEqual(contents(input), original)

        result = try vanban(["render", input, "--anchors", directory + "/a.pdf", "-o", directory + "/a.pdf"])
        XCTAssertEqual(result.status, 3)
        XCTAssertTrue(result.error.contains("named for two outputs"), result.error)
        XCTAssertFalse(FileManager.default.fileExists(atPath: directory + "/a.pdf"))

        // The layout and the units file are inputs as well.
        let (unitsDirectory, units) = try copy(unitsFile)
        result = try vanban(["render", form, "--units", units, "--merge", "-o", units])
        XCTAssertEqual(result.status, 3, result.error)
        XCTAssertEqual(contents(units), contents(unitsFile))
        let layout = unitsDirectory + "/layout.yaml"
        try FileManager.default.copyItem(atPath: TestSupport.root + "/Layouts/nd30.yaml", toPath: layout)
        result = try vanban(["render", minimal, "--layout", layout, "-o", layout])
        XCTAssertEqual(result.status, 3, result.error)
        XCTAssertEqual(contents(layout), contents(TestSupport.root + "/Layouts/nd30.yaml"))
    }

    // MARK: Names

    func testWithoutOutputThePDFGoesBesideTheInput() throws {
        let (directory, input) = try copy(minimal, as: "ke-hoach.yaml")
        let original = contents(input)
        let result = try vanban(["render", input])
        XCTAssertEqual(result.status, 0, result.error)
        XCTAssertTrue(contents(directory + "/ke-hoach.pdf")?.starts(with: Data("%PDF".utf8)) == true)
        XCTAssertEqual(contents(input), original)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory).sorted(), ["ke-hoach.pdf", "ke-hoach.yaml"])
        // An input already named .pdf would be its own output: refused.
        let (_, pdfNamed) = try copy(minimal, as: "odd.pdf")
        XCTAssertEqual(try vanban(["render", pdfNamed]).status, 3)
        XCTAssertEqual(contents(pdfNamed), original)
    }

    func testATrailingSlashMeansADirectoryEverywhere() throws {
        let directory = TestSupport.temporaryDirectory()
        var result = try vanban(["render", minimal, "-o", directory + "/out/", "--anchors", directory + "/json/"])
        XCTAssertEqual(result.status, 0, result.error)
        XCTAssertEqual(kind(directory + "/out/minimal.pdf"), S_IFREG)
        XCTAssertEqual(kind(directory + "/json/minimal.json"), S_IFREG)

        result = try vanban(["render", form, "--units", unitsFile, "-o", directory + "/x.pdf"])
        XCTAssertEqual(result.status, 64, "a .pdf name is not a directory of units")
        XCTAssertTrue(result.error.contains("add --merge"), result.error)
        XCTAssertFalse(FileManager.default.fileExists(atPath: directory + "/x.pdf"))

        result = try vanban(["render", form, "--units", unitsFile, "--merge", "-o", directory + "/mdir/"])
        XCTAssertEqual(result.status, 0, result.error)
        XCTAssertEqual(kind(directory + "/mdir/tuan-giao-form.pdf"), S_IFREG)
    }

    func testAReusedPNGDirectoryKeepsOnlyThisDocumentsPages() throws {
        let directory = TestSupport.temporaryDirectory()
        for page in 1...12 { try Data("old".utf8).write(to: URL(fileURLWithPath: directory + String(format: "/page-%02d.png", page))) }
        try Data("mine".utf8).write(to: URL(fileURLWithPath: directory + "/notes.txt"))
        try Data("mine".utf8).write(to: URL(fileURLWithPath: directory + "/page-1.png"))
        let result = try vanban(["render", minimal, "--png", directory, "--dpi", "20"])
        XCTAssertEqual(result.status, 0, result.error)
        let files = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
        XCTAssertEqual(files, ["notes.txt", "page-01.png", "page-1.png"], "stale pages gone, other files kept")
        XCTAssertNotEqual(contents(directory + "/page-01.png"), Data("old".utf8))

        let file = directory + "/notes.txt"
        let asFile = try vanban(["render", minimal, "--png", file])
        XCTAssertEqual(asFile.status, 3)
        XCTAssertTrue(asFile.error.contains("cannot write \(file): it is a file, and a directory was expected here"), asFile.error)
        XCTAssertFalse(asFile.error.contains("NSCocoaErrorDomain"), asFile.error)
    }

    func testSplitAppendicesWithTheSameNumeralGetFilesOfTheirOwn() throws {
        let directory = TestSupport.temporaryDirectory()
        let text = try String(contentsOfFile: minimal, encoding: .utf8) + """
            appendices:
              - label: Phụ lục I
                title: DANH SÁCH THỨ NHẤT
                body: Nội dung thứ nhất.
              - label: Phụ lục I
                title: DANH SÁCH THỨ HAI
                body: Nội dung thứ hai.

            """
        try text.write(toFile: directory + "/p.yaml", atomically: true, encoding: .utf8)
        let result = try vanban(["render", directory + "/p.yaml", "-o", directory + "/p.pdf", "--split-appendices"])
        XCTAssertEqual(result.status, 0, result.error)
        let files = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".pdf") }.sorted()
        XCTAssertEqual(files, ["p-phu-luc-I-2.pdf", "p-phu-luc-I.pdf", "p.pdf"])
        XCTAssertTrue(try TestSupport.extractText(directory + "/p-phu-luc-I.pdf").contains("THỨ NHẤT"))
        XCTAssertTrue(try TestSupport.extractText(directory + "/p-phu-luc-I-2.pdf").contains("THỨ HAI"))
    }

    // MARK: Messages

    func testWriteFailuresInABatchSayWhatWentWrong() throws {
        let directory = TestSupport.temporaryDirectory()
        let blocked = directory + "/UBND xã Quài Tở.pdf"
        try Data("kept".utf8).write(to: URL(fileURLWithPath: blocked))
        chmod(blocked, 0o444)
        let result = try vanban(["render", form, "--units", unitsFile, "-o", directory + "/"])
        XCTAssertEqual(result.status, 3)
        XCTAssertTrue(result.error.contains("cannot write \(blocked): the file is read-only"), result.error)
        XCTAssertFalse(result.error.contains("AtomicFile"), result.error)
        XCTAssertEqual(contents(blocked), Data("kept".utf8))
    }
}
