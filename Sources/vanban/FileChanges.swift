import Foundation
import VanBanModel
#if canImport(Glibc)
import Glibc
#endif

/// Waits for a file to be saved, whichever way the editor saves it: written in place, or written
/// to a new file that is renamed over the old one (vim, gedit, VS Code's safe save). The watch is on
/// the file's directory, by name, so it survives the old file being replaced. Linux: inotify.
/// Elsewhere: the file's modification time and inode, looked at five times a second.
/// Ctrl-C (SIGINT) ends the wait; a render under way finishes first, because the signal only
/// writes a byte to a pipe that the wait reads.
final class FileChanges {
    enum Event { case saved, interrupted }

    private let directory: String
    private let name: String
    private let interruptRead: Int32
    #if os(Linux)
    private let inotify: Int32
    #else
    private var lastStamp: [Int]
    #endif

    init(path: String) throws {
        let url = URL(fileURLWithPath: path)
        directory = url.deletingLastPathComponent().path
        name = url.lastPathComponent
        interruptRead = Interrupt.install()
        #if os(Linux)
        inotify = inotify_init1(Int32(IN_CLOEXEC))
        guard inotify >= 0,
              inotify_add_watch(inotify, directory, UInt32(IN_CLOSE_WRITE | IN_MOVED_TO)) >= 0 else {
            let reason = String(cString: strerror(errno))
            throw CommandFailure(Phrase(en: "cannot watch \(directory): \(reason)", vi: "không theo dõi được \(directory): \(reason)"))
        }
        #else
        lastStamp = Self.stamp(path)
        #endif
    }

    /// The next save of the file (after the editor has been quiet for a tenth of a second, so a
    /// save in several writes renders once), or Ctrl-C.
    func next() -> Event {
        while true {
            switch waitReadable(timeout: -1) {
            case .interrupted: return .interrupted
            case .saved:
                // Let the editor finish: more events within 100 ms belong to the same save.
                while true {
                    switch waitReadable(timeout: 100) {
                    case .interrupted: return .interrupted
                    case .saved: continue
                    case nil: return .saved
                    }
                }
            case nil: continue
            }
        }
    }

    #if os(Linux)
    /// .saved when an event names the file, nil on timeout or an event about another file.
    private func waitReadable(timeout: Int32) -> Event? {
        var fds = [pollfd(fd: interruptRead, events: Int16(POLLIN), revents: 0), pollfd(fd: inotify, events: Int16(POLLIN), revents: 0)]
        guard poll(&fds, 2, timeout) > 0 else { return nil }
        if fds[0].revents != 0 { return .interrupted }
        var buffer = [UInt8](repeating: 0, count: 8192)
        let count = read(inotify, &buffer, buffer.count)
        var offset = 0, named = false
        // struct inotify_event { int wd; uint32_t mask, cookie, len; char name[len]; }
        while count > 0, offset + 16 <= count {
            let length = buffer.withUnsafeBytes { Int($0.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self)) }
            let bytes = buffer[(offset + 16)..<min(offset + 16 + length, count)].prefix { $0 != 0 }
            if String(decoding: bytes, as: UTF8.self) == name { named = true }
            offset += 16 + length
        }
        return named ? .saved : nil
    }
    #else
    private func waitReadable(timeout: Int32) -> Event? {
        var fds = [pollfd(fd: interruptRead, events: Int16(POLLIN), revents: 0)]
        if poll(&fds, 1, timeout < 0 ? 200 : min(timeout, 200)) > 0 { return .interrupted }
        let stamp = Self.stamp(directory + "/" + name)
        guard stamp != lastStamp else { return nil }
        lastStamp = stamp
        return .saved
    }

    private static func stamp(_ path: String) -> [Int] {
        var info = stat()
        guard stat(path, &info) == 0 else { return [] }
        return [Int(info.st_ino), Int(info.st_size), Int(info.st_mtimespec.tv_sec), Int(info.st_mtimespec.tv_nsec)]
    }
    #endif
}
