import Foundation
import VanBan
import VanBanRender

/// Renders one form for many units on every core, as a district office does: one thread per core,
/// each with its own `Composer` (Pango objects are not thread-safe), each unit's copy read from
/// text with the unit's name filled in, laid out, and written to a PDF file.
struct BatchRun {
    var units: Int
    var threads: Int
    var seconds = 0.0
    var pages = 0

    /// The form's placeholder for the unit's name, which every copy replaces.
    static let placeholder = "ĐƠN VỊ: ……………………"

    static func run(formPath: String, units: Int, threads: Int) throws -> BatchRun {
        let template = try String(contentsOfFile: formPath, encoding: .utf8)
        guard template.contains(placeholder) else {
            throw BenchError("\(formPath) no longer holds the placeholder \"\(placeholder)\" that the batch fills in")
        }
        let directory = NSTemporaryDirectory() + "vanban-bench-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }

        let lock = NSLock()
        var pages = 0
        var failure: Error?
        let watch = Stopwatch()
        DispatchQueue.concurrentPerform(iterations: threads) { thread in
            do {
                let composer = try Composer()
                var threadPages = 0
                for unit in stride(from: thread, to: units, by: threads) {
                    let text = template.replacingOccurrences(of: placeholder, with: "ĐƠN VỊ: TRƯỜNG TIỂU HỌC SỐ \(unit + 1)")
                    let document = try composer.read(text: text, file: formPath)
                    let frames = composer.layout(document)
                    try AtomicFile.write(try composer.pdf(document, pages: frames),
                                         to: directory + "/unit-\(unit + 1).pdf")
                    threadPages += frames.count
                }
                lock.lock()
                pages += threadPages
                lock.unlock()
            } catch {
                lock.lock()
                failure = error
                lock.unlock()
            }
        }
        if let failure { throw failure }
        return BatchRun(units: units, threads: threads, seconds: watch.seconds, pages: pages)
    }

    var documentsPerSecond: Double { Double(units) / seconds }
}
