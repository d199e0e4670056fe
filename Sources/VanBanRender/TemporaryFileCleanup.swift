import Foundation

/// Deletes the temporary files being written when the process is stopped by SIGINT (Ctrl-C),
/// SIGTERM or SIGHUP, then lets the signal stop it as it would have. (SIGKILL cannot be caught:
/// a file it leaves has a random name that no later run will trip over.)
///
/// A signal handler may only call async-signal-safe functions, so the paths live in a block of
/// fixed slots allocated once, and the handler only reads them and calls `unlink`: no locks, no
/// allocation, no Swift runtime.
enum TemporaryFileCleanup {
    /// More than the batch's worker threads, each of which writes one file at a time.
    static let slotCount = 256
    static let slotSize = Int(PATH_MAX) + 1

    private static let lock = NSLock()
    nonisolated(unsafe) private static var paths: UnsafeMutablePointer<CChar>?
    /// 1 while a slot holds a path; written before/after the path, read by the handler.
    nonisolated(unsafe) private static var used: UnsafeMutablePointer<sig_atomic_t>?

    /// Records a path for deletion on a signal; nil when every slot is taken or the path is too
    /// long (the file is then still deleted on every ordinary exit path, just not on a signal).
    static func register(_ path: String) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        installOnce()
        guard let paths, let used else { return nil }
        let bytes = Array(path.utf8CString)
        guard bytes.count <= slotSize, let slot = (0..<slotCount).first(where: { used[$0] == 0 }) else { return nil }
        bytes.withUnsafeBufferPointer { source in
            (paths + slot * slotSize).update(from: source.baseAddress!, count: source.count)
        }
        used[slot] = 1
        return slot
    }

    static func unregister(_ slot: Int?) {
        guard let slot else { return }
        lock.lock()
        defer { lock.unlock() }
        used?[slot] = 0
    }

    private static func installOnce() {
        guard paths == nil else { return }
        paths = .allocate(capacity: slotCount * slotSize)
        let flags = UnsafeMutablePointer<sig_atomic_t>.allocate(capacity: slotCount)
        flags.initialize(repeating: 0, count: slotCount)
        used = flags
        for signal in [SIGINT, SIGTERM, SIGHUP] {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = handle
            sigemptyset(&action.sa_mask)
            sigaction(signal, &action, nil)
        }
    }

    private static let handle: @convention(c) (Int32) -> Void = { signalNumber in
        if let paths = TemporaryFileCleanup.paths, let used = TemporaryFileCleanup.used {
            for slot in 0..<TemporaryFileCleanup.slotCount where used[slot] != 0 {
                unlink(paths + slot * TemporaryFileCleanup.slotSize)
            }
        }
        // The default action (stop the process), so the caller sees the signal as the cause.
        signal(signalNumber, SIG_DFL)
        raise(signalNumber)
    }
}
