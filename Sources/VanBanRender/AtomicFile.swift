import Foundation

/// Writes a file so that it is either complete or absent: bytes go to a new temporary file in the
/// same directory (see `TemporaryFile`), which is then renamed over the target. A failed or
/// interrupted run never leaves half a PDF, and never writes through a link someone planted.
///
/// Only a regular file is ever replaced. A directory, a FIFO, a device, a socket or a symbolic
/// link at the path is refused, as is a read-only file (its mode says it is not to be changed)
/// and any file in `inputs` (an output must never destroy what the run reads). A replaced file
/// keeps its mode and, where the system permits, its owner; a new one gets 0666 less the umask.
public enum AtomicFile {
    public struct Failure: Error, LocalizedError, CustomStringConvertible {
        public let path: String
        public let reason: String
        public var hint: String?

        public init(path: String, reason: String, hint: String? = nil) {
            self.path = path
            self.reason = reason
            self.hint = hint
        }

        public var description: String { "cannot write \(path): \(reason)" + (hint.map { " (hint: \($0))" } ?? "") }
        public var errorDescription: String? { description }
    }

    /// - Parameter beforeRename: a last check, run after the bytes are written and just before
    ///   the rename; throwing leaves the target as it was (`check --fix`: the file must be unchanged).
    public static func write(_ data: Data, to path: String, inputs: Set<FileIdentity> = [],
                             beforeRename: () throws -> Void = {}) throws {
        try write(to: path, inputs: inputs, beforeRename: beforeRename) { try $0.write(data) }
    }

    /// Lets `produce` write the file's bytes in pieces (a merged bundle of thousands of copies is
    /// never held in memory whole), then renames it into place.
    public static func write(to path: String, inputs: Set<FileIdentity> = [], beforeRename: () throws -> Void = {},
                             _ produce: (TemporaryFile) throws -> Void) throws {
        let existing = try replaceableFile(at: path, inputs: inputs)
        let parent = (path as NSString).deletingLastPathComponent
        let directory = parent.isEmpty ? "." : parent
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw Failure(path: path, reason: "the directory \(directory) does not exist")
        }
        let temporary = try TemporaryFile(beside: path, in: directory)
        do {
            try produce(temporary)
            if let existing {
                temporary.setPermissions(mode: existing.st_mode & 0o7777,
                                         owner: existing.st_uid == geteuid() && existing.st_gid == getegid() ? nil : (existing.st_uid, existing.st_gid))
            } else {
                temporary.setPermissions(mode: 0o666 & ~Self.umaskValue, owner: nil)
            }
            try temporary.close()
            // Asked again just before the rename: the path may have changed while the bytes were made.
            _ = try replaceableFile(at: path, inputs: inputs)
            try beforeRename()
            guard rename(temporary.path, path) == 0 else {
                throw Failure(path: path, reason: String(cString: strerror(errno)))
            }
            temporary.renamed()
        } catch {
            temporary.discard()
            throw error
        }
    }

    /// What is at `path` now: nil when nothing is, its status when it is a regular file that may
    /// be replaced; otherwise the reason it may not.
    static func replaceableFile(at path: String, inputs: Set<FileIdentity>) throws -> stat? {
        guard !path.isEmpty else { throw Failure(path: "\"\"", reason: "the file name is empty") }
        if path.hasSuffix("/") {
            throw Failure(path: path, reason: "a name ending in / is a directory, not a file")
        }
        var info = stat()
        guard lstat(path, &info) == 0 else {
            if errno == ENOENT { return nil }
            throw Failure(path: path, reason: String(cString: strerror(errno)))
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR:
            throw Failure(path: path, reason: "it is a directory", hint: "name a file in it, or end the name with / where a directory is meant")
        case S_IFLNK:
            throw Failure(path: path, reason: "it is a symbolic link, and VanBan does not write through links",
                          hint: "remove the link, or name the file it points to")
        case S_IFIFO: throw Failure(path: path, reason: "it is a FIFO (named pipe), not a regular file", hint: "VanBan replaces only regular files")
        case S_IFCHR, S_IFBLK: throw Failure(path: path, reason: "it is a device, not a regular file", hint: "VanBan replaces only regular files")
        default: throw Failure(path: path, reason: "it is not a regular file", hint: "VanBan replaces only regular files")
        }
        if inputs.contains(FileIdentity(info)) {
            throw Failure(path: path, reason: "it is an input of this run, which the output would destroy",
                          hint: "write the output to another name")
        }
        // No write bit at all is a file someone marked read-only: kept even from root.
        if info.st_mode & 0o222 == 0 || access(path, W_OK) != 0 {
            throw Failure(path: path, reason: "the file is read-only", hint: "make it writable (chmod u+w) if it is to be replaced")
        }
        return info
    }

    /// The process's umask, read once (reading it means setting it, so not on every write).
    private static let umaskValue: mode_t = {
        let mask = umask(0o022)
        umask(mask)
        return mask
    }()
}
