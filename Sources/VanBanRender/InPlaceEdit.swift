import Foundation
import VanBanModel

/// Rewrites a file in place as a careful editor does (`vanban check --fix`):
/// - a symbolic link is followed, and its target is rewritten: the link stays a link;
/// - a file with several hard links is rewritten through its own inode, so every name sees the
///   fix (not atomically, the price of keeping the links); any other file gets the atomic
///   temporary-and-rename of `AtomicFile`, keeping its mode and (where permitted) its owner;
/// - a read-only file is refused, as is a file that changed since it was read (size, time of
///   modification, inode or bytes): another program saved it meanwhile, and its edit must win.
public struct InPlaceEdit {
    public struct Changed: Error, CustomStringConvertible, Bilingual {
        public let path: String

        public func text(_ language: Language) -> String {
            Phrase(en: "\(path) changed while it was being checked (another program saved it); it was left as that program wrote it",
                   vi: "\(path) đã thay đổi trong lúc kiểm tra (một chương trình khác đã lưu tệp); tệp được giữ nguyên như chương trình đó đã ghi")
                .hinted(Phrase(en: "run the command again", vi: "chạy lại lệnh")).text(language)
        }

        public var description: String { text(.english) }
    }

    /// The path as given, for messages.
    public let path: String
    /// The file the path leads to, through any symbolic links.
    public let realPath: String
    /// The bytes as read.
    public let original: Data
    private let status: stat

    public init(path: String) throws {
        self.path = path
        guard let resolved = realpath(path, nil) else {
            throw AtomicFile.Failure(path: path, reason: .systemError(errno))
        }
        realPath = String(cString: resolved)
        free(resolved)
        let descriptor = open(realPath, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw AtomicFile.Failure(path: path, reason: .systemError(errno)) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            throw AtomicFile.Failure(path: path, reason: .notARegularFile)
        }
        status = info
        original = try Self.readAll(descriptor, path: path)
    }

    public func replace(with data: Data) throws {
        guard status.st_mode & 0o222 != 0, access(realPath, W_OK) == 0 else {
            throw AtomicFile.Failure(path: path, reason: Phrase(en: "the file is read-only, so it was not fixed",
                                                                vi: "tệp chỉ được phép đọc (read-only) nên chưa được sửa"),
                                     hint: Phrase(en: "make it writable (chmod u+w) to let --fix change it",
                                                  vi: "cho phép ghi tệp (chmod u+w) để --fix sửa được"))
        }
        if status.st_nlink > 1 {
            try checkUnchanged()
            try overwrite(with: data)
        } else {
            try AtomicFile.write(data, to: realPath, beforeRename: checkUnchanged)
        }
    }

    /// Throws `Changed` when the file is not, byte for byte, the one that was read.
    public func checkUnchanged() throws {
        var now = stat()
        guard stat(realPath, &now) == 0, now.st_dev == status.st_dev, now.st_ino == status.st_ino,
              now.st_size == status.st_size, now.st_mtim.tv_sec == status.st_mtim.tv_sec,
              now.st_mtim.tv_nsec == status.st_mtim.tv_nsec else { throw Changed(path: path) }
        // The same size and time can hide a quick second save: compare the bytes too.
        let descriptor = open(realPath, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw Changed(path: path) }
        defer { close(descriptor) }
        guard try Self.readAll(descriptor, path: path) == original else { throw Changed(path: path) }
    }

    /// Writes through the file's own inode, keeping its hard links, mode and owner.
    private func overwrite(with data: Data) throws {
        let descriptor = open(realPath, O_WRONLY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { throw AtomicFile.Failure(path: path, reason: .systemError(errno)) }
        defer { close(descriptor) }
        var offset = 0
        try data.withUnsafeBytes { bytes in
            while offset < bytes.count {
                let written = pwrite(descriptor, bytes.baseAddress! + offset, bytes.count - offset, off_t(offset))
                if written < 0 {
                    if errno == EINTR { continue }
                    throw AtomicFile.Failure(path: path, reason: .systemError(errno))
                }
                offset += written
            }
        }
        guard ftruncate(descriptor, off_t(data.count)) == 0 else {
            throw AtomicFile.Failure(path: path, reason: .systemError(errno))
        }
    }

    private static func readAll(_ descriptor: Int32, path: String) throws -> Data {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = read(descriptor, &buffer, buffer.count)
            if count < 0 {
                if errno == EINTR { continue }
                throw AtomicFile.Failure(path: path, reason: .systemError(errno))
            }
            if count == 0 { return data }
            data.append(buffer, count: count)
        }
    }
}
