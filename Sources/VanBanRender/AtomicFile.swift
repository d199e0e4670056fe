import Foundation
import VanBanModel

/// Writes a file so that it is either complete or absent: bytes go to a new temporary file in the
/// same directory (see `TemporaryFile`), which is then renamed over the target. A failed or
/// interrupted run never leaves half a PDF, and never writes through a link someone planted.
///
/// Only a regular file is ever replaced. A directory, a FIFO, a device, a socket or a symbolic
/// link at the path is refused, as is a read-only file (its mode says it is not to be changed)
/// and any file in `inputs` (an output must never destroy what the run reads). A replaced file
/// keeps its mode and, where the system permits, its owner; a new one gets 0666 less the umask.
public enum AtomicFile {
    /// Why a file was not written, in each language VanBan speaks (a system error's own words,
    /// from `strerror`, stay as the system says them).
    public struct Failure: Error, LocalizedError, CustomStringConvertible, Bilingual {
        public let path: String
        public let reasonPhrase: Phrase
        public var hintPhrase: Phrase?

        public init(path: String, reason: Phrase, hint: Phrase? = nil) {
            self.path = path
            reasonPhrase = reason
            hintPhrase = hint
        }

        /// The reason in English.
        public var reason: String { reasonPhrase.english }
        /// The hint in English.
        public var hint: String? { hintPhrase?.english }

        /// `cannot write PATH: reason (hint: …)`, or `không ghi được PATH: … (gợi ý: …)`.
        public func text(_ language: Language) -> String {
            (Phrase(en: "cannot write \(path): ", vi: "không ghi được \(path): ") + reasonPhrase).hinted(hintPhrase).text(language)
        }

        public var description: String { text(.english) }
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
        let parent = ParentDirectory.of(path)
        let directory = parent.isEmpty ? "." : parent
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw Failure(path: path, reason: TemporaryFile.describe(ENOENT, directory: directory))
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
                throw Failure(path: path, reason: .systemError(errno))
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
        guard !path.isEmpty else {
            throw Failure(path: "\"\"", reason: Phrase(en: "the file name is empty", vi: "tên tệp để trống"))
        }
        if path.hasSuffix("/") {
            throw Failure(path: path, reason: Phrase(en: "a name ending in / is a directory, not a file",
                                                     vi: "tên kết thúc bằng / là một thư mục, không phải một tệp"))
        }
        var info = stat()
        guard lstat(path, &info) == 0 else {
            if errno == ENOENT { return nil }
            throw Failure(path: path, reason: .systemError(errno))
        }
        let onlyRegular = Phrase(en: "VanBan replaces only regular files", vi: "VanBan chỉ ghi đè tệp thông thường")
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR:
            throw Failure(path: path, reason: Phrase(en: "it is a directory", vi: "đó là một thư mục"),
                          hint: Phrase(en: "name a file in it, or end the name with / where a directory is meant",
                                       vi: "ghi tên một tệp trong thư mục đó, hoặc kết thúc tên bằng / khi muốn chỉ một thư mục"))
        case S_IFLNK:
            throw Failure(path: path, reason: Phrase(en: "it is a symbolic link, and VanBan does not write through links",
                                                     vi: "đó là một liên kết tượng trưng (symbolic link), và VanBan không ghi qua liên kết"),
                          hint: Phrase(en: "remove the link, or name the file it points to",
                                       vi: "xóa liên kết, hoặc ghi tên tệp mà liên kết trỏ tới"))
        case S_IFIFO:
            throw Failure(path: path, reason: Phrase(en: "it is a FIFO (named pipe), not a regular file",
                                                     vi: "đó là một FIFO (named pipe), không phải tệp thông thường"), hint: onlyRegular)
        case S_IFCHR, S_IFBLK:
            throw Failure(path: path, reason: Phrase(en: "it is a device, not a regular file",
                                                     vi: "đó là một thiết bị, không phải tệp thông thường"), hint: onlyRegular)
        default:
            throw Failure(path: path, reason: .notARegularFile, hint: onlyRegular)
        }
        if inputs.contains(FileIdentity(info)) {
            throw Failure(path: path, reason: Phrase(en: "it is an input of this run, which the output would destroy",
                                                     vi: "đó là tệp đầu vào của lần chạy này, ghi vào sẽ làm mất tệp đầu vào"),
                          hint: Phrase(en: "write the output to another name", vi: "ghi kết quả ra một tệp có tên khác"))
        }
        // No write bit at all is a file someone marked read-only: kept even from root.
        if info.st_mode & 0o222 == 0 || access(path, W_OK) != 0 {
            throw Failure(path: path, reason: Phrase(en: "the file is read-only", vi: "tệp chỉ được phép đọc (read-only)"),
                          hint: Phrase(en: "make it writable (chmod u+w) if it is to be replaced",
                                       vi: "cho phép ghi tệp (chmod u+w) nếu muốn thay tệp này"))
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

extension Phrase {
    /// A system call's error in the system's own words (`strerror`), the same in every language.
    static func systemError(_ code: Int32) -> Phrase { Phrase(verbatim: String(cString: strerror(code))) }

    static let notARegularFile = Phrase(en: "it is not a regular file", vi: "đó không phải tệp thông thường")
}
