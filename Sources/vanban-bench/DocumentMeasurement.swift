import Foundation
import VanBan
import VanBanModel
import VanBanRender
import VanBanText

/// Times one document again and again in one process, in processor time of the one thread that
/// does the work (`ThreadCPUClock`): reading (YAML/JSON → model), layout
/// (shaping and pagination) and PDF output, and, interleaved with it, the Pango + Cairo baseline
/// drawing the same lines on the same pages. The first `warmUp` rounds are not counted.
struct DocumentMeasurement: Codable {
    var name: String
    var copies: Int
    var pages = 0
    var lines = 0
    var read = Samples()
    var layout = Samples()
    var pdf = Samples()
    var total = Samples()
    var baseline = Samples()
    /// Filled in by the parent from `wait4`: the whole measuring process's peak memory.
    var peakKilobytes = 0
    /// Each measuring process's median total and baseline, when samples of several are pooled.
    var processes: [ProcessMedians] = []

    struct ProcessMedians: Codable {
        var total: Double
        var baseline: Double
    }

    /// The processes' medians, this one's alone when it has not been pooled.
    var processMedians: [ProcessMedians] {
        processes.isEmpty ? [ProcessMedians(total: total.median, baseline: baseline.median)] : processes
    }

    /// The same document measured again in another process: the samples pooled, the larger peak.
    mutating func add(_ other: DocumentMeasurement) {
        processes = processMedians + other.processMedians
        for key in [\DocumentMeasurement.read, \.layout, \.pdf, \.total, \.baseline] { self[keyPath: key].add(other[keyPath: key]) }
        peakKilobytes = max(peakKilobytes, other.peakKilobytes)
    }

    init(name: String, copies: Int) {
        self.name = name
        self.copies = copies
    }

    /// - Parameter copies: the body is repeated this many times (to show how time grows with length).
    static func measure(path: String, copies: Int, rounds: Int, warmUp: Int) throws -> DocumentMeasurement {
        let composer = try Composer()
        let baseline = BaselineTypesetter(context: TextContext(library: composer.fonts))
        var result = DocumentMeasurement(name: (path as NSString).lastPathComponent, copies: copies)
        for round in 0..<(warmUp + rounds) {
            // Each round is a new document to VanBan: nothing shaped for the previous one is reused.
            composer.forgetShapedText()
            let (document, readTime) = try ThreadCPUClock.time { () throws -> Document in
                var document = try composer.read(path: path)
                if copies > 1 { document.body = Array(repeating: document.body, count: copies).flatMap { $0 } }
                return document
            }
            let (frames, layoutTime) = ThreadCPUClock.time { composer.layout(document) }
            let (_, pdfTime) = try ThreadCPUClock.time { try composer.pdf(document, pages: frames) }

            let input = BaselineInput(frames)
            let info = composer.pdfInfo(document)
            let (_, baselineTime) = try ThreadCPUClock.time {
                try baseline.pdf(paragraphs: input.paragraphs, pages: input.pages, info: info)
            }
            guard round >= warmUp else { continue }
            result.pages = frames.count
            result.lines = input.lineCount
            result.read.add(readTime)
            result.layout.add(layoutTime)
            result.pdf.add(pdfTime)
            result.total.add(readTime + layoutTime + pdfTime)
            result.baseline.add(baselineTime)
        }
        return result
    }
}
