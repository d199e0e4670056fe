import Foundation
import VanBan
import VanBanModel

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
            let verb = (progress.succeeded ? Phrase(en: "rendered", vi: "đã trình bày") : Phrase(en: "failed", vi: "lỗi")).chosen
            if interactive {
                let filled = Self.barWidth * progress.done / max(1, progress.total)
                let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: Self.barWidth - filled)
                let line = "\(bar) \(progress.done)/\(progress.total) \(verb) \(progress.unitPhrase.chosen)"
                // \r returns to the line's start, so the line must not wrap; ESC[K clears what a
                // longer name left behind.
                write("\r\(Self.fitted(line, columns: Self.terminalColumns()))\u{1B}[K")
                drewBar = true
            } else {
                write("\(verb) \(progress.done)/\(progress.total) \(progress.unitPhrase.chosen)\n")
            }
        }
    }

    /// Ends the bar's line so that later messages start on their own.
    func finish() {
        lock.withLock { if drewBar { write("\n") } }
    }

    /// The line cut to the terminal's width, with "…" where it was cut.
    static func fitted(_ line: String, columns: Int) -> String {
        line.count < columns ? line : String(line.prefix(max(1, columns - 2))) + "…"
    }

    private static func terminalColumns() -> Int {
        var size = winsize()
        guard ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
        return Int(size.ws_col)
    }

    private func write(_ text: String) { FileHandle.standardError.write(Data(text.utf8)) }
}
