import Foundation
import VanBan
import VanBanLayout
import VanBanModel
import XCTest

/// Shared helpers: the package's paths, one composer for the whole run (fonts load once), and
/// running the command-line tools that read PDFs back.
enum TestSupport {
    static let root = Resources.packageRoot(fromSourceFile: #filePath)
    static let examples = root + "/Examples"
    static let fixtures = root + "/Tests/Fixtures"

    /// XCTest runs tests one after another, so one composer serves them all.
    nonisolated(unsafe) static let composer: Composer = {
        do {
            return try Composer(fontDirectory: root + "/Fonts", layoutPath: root + "/Layouts/nd30.yaml")
        } catch {
            fatalError("cannot set up the composer: \(error)")
        }
    }()

    static var exampleFiles: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: examples)) ?? []
        // vanban.schema.json describes the input; it is not a document.
        return names.filter { ($0.hasSuffix(".yaml") || $0.hasSuffix(".json")) && !$0.hasSuffix(".schema.json") }
            .sorted().map { examples + "/" + $0 }
    }

    static func document(_ path: String) throws -> Document { try composer.read(path: path) }

    static func document(yaml: String, file: String = "test.yaml") throws -> Document {
        try composer.read(text: yaml, file: file)
    }

    static func pages(_ path: String) throws -> [PageFrame] { composer.layout(try document(path)) }

    /// Renders to a PDF file in a fresh temporary directory and returns its path.
    static func pdfFile(_ document: Document, name: String = "out") throws -> String {
        let data = try composer.pdf(document, pages: composer.layout(document))
        let path = temporaryDirectory() + "/\(name).pdf"
        try data.write(to: URL(fileURLWithPath: path))
        return path
    }

    static func temporaryDirectory() -> String {
        let path = NSTemporaryDirectory() + "vanban-tests-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    struct RunResult {
        var status: Int32
        var output: String
        var error: String
    }

    /// Runs a program found on PATH (or by absolute path) and captures its output.
    static func run(_ program: String, _ arguments: [String], environment: [String: String]? = nil) throws -> RunResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program.hasPrefix("/") ? program : "/usr/bin/env")
        process.arguments = program.hasPrefix("/") ? arguments : [program] + arguments
        if let environment { process.environment = environment }
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return RunResult(status: process.terminationStatus, output: String(decoding: outData, as: UTF8.self),
                         error: String(decoding: errData, as: UTF8.self))
    }

    /// The build of `vanban` that `swift test` made beside the tests (Linux reports the products
    /// directory as the bundle; other platforms the .xctest bundle inside it).
    static var binary: String {
        let bundle = Bundle(for: BundleMarker.self).bundleURL
        let candidates = [bundle, bundle.deletingLastPathComponent()].map { $0.appendingPathComponent("vanban").path }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates[0]
    }

    private final class BundleMarker {}

    /// Runs the built `vanban` as a user would, in the language of `locale` (none: English).
    static func vanban(_ arguments: [String], locale: [String: String] = [:]) throws -> RunResult {
        XCTAssertTrue(FileManager.default.isExecutableFile(atPath: binary), "build vanban first: \(binary)")
        return try run(binary, arguments, environment: environment(locale: locale))
    }

    /// This process's environment with the developer's own LANG/LC_MESSAGES/LC_ALL left out and
    /// `locale` put in: `vanban` speaks English unless a test asks for Vietnamese, so every test
    /// reads the same on any machine.
    static func environment(locale: [String: String] = [:]) -> [String: String] {
        ProcessInfo.processInfo.environment.filter { !["LANG", "LC_MESSAGES", "LC_ALL"].contains($0.key) }
            .merging(locale) { $1 }
    }

    /// The text of a PDF as pdftotext reads it (reading order, no layout).
    static func extractText(_ pdf: String) throws -> String {
        let result = try run("pdftotext", ["-enc", "UTF-8", pdf, "-"])
        XCTAssertEqual(result.status, 0, result.error)
        return result.output
    }

    /// `pdfinfo`'s fields ("Title", "Pages", "Page size", …), with ISO dates.
    static func pdfInfo(_ pdf: String) throws -> [String: String] {
        var info: [String: String] = [:]
        for line in try run("pdfinfo", ["-isodates", pdf]).output.split(separator: "\n") {
            let parts = line.split(separator: ":", maxSplits: 1)
            if parts.count == 2 { info[String(parts[0])] = parts[1].trimmingCharacters(in: .whitespaces) }
        }
        return info
    }

    struct Word { var page: Int; var text: String; var xMin, yMin, xMax, yMax: Double }

    /// Word boxes from `pdftotext -bbox`, in points from the top-left corner of each page.
    static func boundingBoxes(_ pdf: String) throws -> [Word] {
        let html = try run("pdftotext", ["-bbox", "-enc", "UTF-8", pdf, "-"]).output
        var words: [Word] = []
        var page = 0
        for line in html.split(separator: "\n") {
            if line.contains("<page ") { page += 1 }
            guard line.contains("<word ") else { continue }
            func value(_ name: String) -> Double {
                let start = line.range(of: "\(name)=\"")!.upperBound
                return Double(line[start...].prefix { $0 != "\"" })!
            }
            let text = line.split(separator: ">", maxSplits: 1)[1].split(separator: "<")[0]
            words.append(Word(page: page, text: String(text), xMin: value("xMin"), yMin: value("yMin"),
                              xMax: value("xMax"), yMax: value("yMax")))
        }
        return words
    }

    /// Whitespace folded to single spaces, for comparing text across line breaks.
    /// A run of dots to fill in ("……") may wrap anywhere, so one broken across lines is one run.
    static func folded(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
            .replacingOccurrences(of: "(?<=…) (?=…)", with: "", options: .regularExpression)
    }

    static let mm = 72.0 / 25.4

}

extension PageFrame {
    func items(_ part: FramePart) -> [FrameItem] { items.filter { $0.part == part } }
    var textItems: [FrameItem] {
        items.filter { if case .text = $0.content { return true } else { return false } }
    }
}

extension FrameItem {
    /// The shaped paragraph the line belongs to, to group lines of one paragraph.
    var paragraphID: ObjectIdentifier? {
        if case let .text(shaped, _) = content { return ObjectIdentifier(shaped) }
        return nil
    }
}
