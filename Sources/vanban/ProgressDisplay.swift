import Foundation
import VanBan

/// Progress of a batch on standard error: a bar redrawn in place on a terminal, plain
/// "rendered 3/21 …" lines otherwise (a log file or a CI job). Workers report from their own
/// threads, so output is serialised by a lock.
final class ProgressDisplay: @unchecked Sendable {
    private let interactive: Bool
    private let lock = NSLock()
    private var drewBar = false
    static let barWidth = 30

    init(interactive: Bool) { self.interactive = interactive }

    func show(_ progress: UnitBatch.Progress) {
        lock.withLock {
            let verb = progress.succeeded ? "rendered" : "failed"
            if interactive {
                let filled = Self.barWidth * progress.done / max(1, progress.total)
                let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: Self.barWidth - filled)
                // \r returns to the line's start; ESC[K clears what a longer name left behind.
                write("\r\(bar) \(progress.done)/\(progress.total) \(verb) \(progress.unit)\u{1B}[K")
                drewBar = true
            } else {
                write("\(verb) \(progress.done)/\(progress.total) \(progress.unit)\n")
            }
        }
    }

    /// Ends the bar's line so that later messages start on their own.
    func finish() {
        lock.withLock { if drewBar { write("\n") } }
    }

    private func write(_ text: String) { FileHandle.standardError.write(Data(text.utf8)) }
}
