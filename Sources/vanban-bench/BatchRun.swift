import Foundation
import VanBan

/// The Tuần Giáo form rendered for many units on every core, as a district office does: a CSV of
/// `units` made-up units (a school per row), rendered once through the library's `UnitBatch` in
/// this process and once as a user runs it, `vanban render form.yaml --units units.csv -o DIR/`.
struct BatchRun {
    var units: Int
    var threads: Int
    /// In this process, through `UnitBatch` (one composer per thread).
    var librarySeconds = 0.0
    /// A whole `vanban render --units` process.
    var commandSeconds = 0.0
    var commandPeakKilobytes = 0
    var commandCPUSeconds = 0.0

    /// A one-page document for every unit (issue 6's "1 000 one-page forms"): the công văn example
    /// addressed to each unit in turn ("Kính gửi: {{Tên đơn vị}}."), written into `scratch`.
    static func onePageLetter(from congVan: String, scratch: String) throws -> String {
        var lines = try String(contentsOfFile: congVan, encoding: .utf8).components(separatedBy: "\n")
        guard let start = lines.firstIndex(of: "addressees:") else { throw BenchError("\(congVan) has no addressees") }
        let end = lines[(start + 1)...].firstIndex { !$0.hasPrefix("  - ") } ?? lines.endIndex
        lines.replaceSubrange(start..<end, with: ["addressees: \"{{Tên đơn vị}}.\""])
        let path = scratch + "/one-page-letter.yaml"
        try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    static func run(vanban: String, formPath: String, units: Int, scratch: String) throws -> BatchRun {
        let name = URL(fileURLWithPath: formPath).deletingPathExtension().lastPathComponent
        let csv = scratch + "/units-\(name).csv"
        let rows = (1...units).map { "Trường Tiểu học số \($0) xã Quài Tở,Quài Tở" }
        try (["Tên đơn vị,Địa danh"] + rows).joined(separator: "\n").appending("\n")
            .write(toFile: csv, atomically: true, encoding: .utf8)
        let threads = ProcessInfo.processInfo.activeProcessorCount
        var result = BatchRun(units: units, threads: threads)

        let libraryDirectory = scratch + "/units-library-\(name)"
        let batch = try UnitBatch(input: formPath, unitsFile: csv, destination: .directory(libraryDirectory, nameColumn: nil))
        let watch = Stopwatch()
        let outcome = try batch.run()
        result.librarySeconds = watch.seconds
        guard outcome.written.count == units, outcome.failures.isEmpty else {
            throw BenchError("the batch wrote \(outcome.written.count) of \(units) forms")
        }

        let commandDirectory = scratch + "/units-command-\(name)"
        let child = try ChildProcess.run(vanban, ["render", formPath, "--units", csv, "-o", commandDirectory + "/"])
        guard child.status == 0 else { throw BenchError("vanban render --units failed (exit \(child.status))") }
        result.commandSeconds = child.seconds
        result.commandPeakKilobytes = child.peakKilobytes
        result.commandCPUSeconds = child.cpuSeconds
        let written = try FileManager.default.contentsOfDirectory(atPath: commandDirectory).filter { $0.hasSuffix(".pdf") }
        guard written.count == units else { throw BenchError("vanban render --units wrote \(written.count) of \(units) forms") }
        return result
    }

}
