import Foundation
import VanBanModel

/// A new file beside a target, made for writing the target's bytes before a rename.
///
/// Its name is unpredictable (`.plan.pdf.k3j9x2m4q7.tmp`) and it is created with
/// `O_CREAT|O_EXCL|O_NOFOLLOW`, so a link planted in a shared directory (for every process id,
/// say) is never followed: creation fails on anything already there and another name is drawn.
/// Until it is renamed or removed, its path is registered with `TemporaryFileCleanup`, which
/// deletes it when the process is stopped by Ctrl-C or SIGTERM.
public final class TemporaryFile {
    public let path: String
    private(set) var descriptor: Int32
    private let cleanupSlot: Int?
    /// The file is on disk under its temporary name (not renamed, not deleted).
    private var isPending = true

    /// Creates the file in `directory`, named after `target`, readable and writable by the owner
    /// only until `setPermissions` widens it.
    init(beside target: String, in directory: String) throws {
        let base = "." + (target as NSString).lastPathComponent
        for _ in 0..<100 {
            let candidate = (directory as NSString).appendingPathComponent("\(base).\(Self.randomSuffix()).tmp")
            // Registered before it exists: a signal between open and registration would leave it.
            let slot = TemporaryFileCleanup.register(candidate)
            let descriptor = open(candidate, O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
            if descriptor >= 0 {
                self.path = candidate
                self.descriptor = descriptor
                self.cleanupSlot = slot
                return
            }
            let error = errno
            TemporaryFileCleanup.unregister(slot)
            guard error == EEXIST || error == ELOOP else {
                throw AtomicFile.Failure(path: target, reason: Self.describe(error, directory: directory))
            }
        }
        throw AtomicFile.Failure(path: target, reason: Phrase(en: "no unused temporary name could be made in \(directory)",
                                                              vi: "không tạo được tên tệp tạm chưa dùng trong \(directory)"))
    }

    deinit { discard() }

    /// Appends bytes; a short write (a full disk) is an error, never a truncated file.
    public func write(_ bytes: UnsafeRawBufferPointer) throws {
        var offset = 0
        while offset < bytes.count {
            let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw AtomicFile.Failure(path: path, reason: Self.describe(errno, directory: ParentDirectory.of(path)))
            }
            offset += written
        }
    }

    public func write(_ data: Data) throws {
        try data.withUnsafeBytes { try write($0) }
    }

    /// How many bytes have been written.
    public func size() throws -> Int {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            throw AtomicFile.Failure(path: path, reason: .systemError(errno))
        }
        return Int(info.st_size)
    }

    /// The bytes written from `offset` on, read back (to finish a PDF written in parts).
    public func read(from offset: Int) throws -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: max(0, try size() - offset))
        var done = 0
        while done < bytes.count {
            let count = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress! + done, $0.count - done, off_t(offset + done)) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else {
                throw AtomicFile.Failure(path: path, reason: Phrase(en: "the temporary file could not be read back",
                                                                    vi: "không đọc lại được tệp tạm"))
            }
            done += count
        }
        return bytes
    }

    /// The mode and, where the system permits, the owner the finished file will have.
    func setPermissions(mode: mode_t, owner: (uid_t, gid_t)?) {
        _ = fchmod(descriptor, mode)
        if let (user, group) = owner { _ = fchown(descriptor, user, group) }
    }

    /// Closes the file, which stays on disk under its temporary name for a rename.
    func close() throws {
        guard descriptor >= 0 else { return }
        let result = Glibc.close(descriptor)
        descriptor = -1
        if result != 0 {
            throw AtomicFile.Failure(path: path, reason: Self.describe(errno, directory: ParentDirectory.of(path)))
        }
    }

    /// The file was renamed into place: nothing is left to clean up.
    func renamed() {
        isPending = false
        TemporaryFileCleanup.unregister(cleanupSlot)
    }

    /// Closes and deletes the file (a failed write); does nothing after `renamed`.
    func discard() {
        if descriptor >= 0 { _ = Glibc.close(descriptor); descriptor = -1 }
        if isPending { unlink(path); isPending = false }
        TemporaryFileCleanup.unregister(cleanupSlot)
    }

    static func describe(_ error: Int32, directory: String) -> Phrase {
        switch error {
        case EACCES, EPERM: Phrase(en: "the directory \(directory) is not writable", vi: "thư mục \(directory) không ghi được")
        case ENOSPC, EDQUOT: Phrase(en: "the disk is full", vi: "ổ đĩa đã đầy")
        case EROFS: Phrase(en: "the file system is read-only", vi: "hệ thống tệp chỉ cho phép đọc (read-only)")
        case ENOENT: Phrase(en: "the directory \(directory) does not exist", vi: "thư mục \(directory) không tồn tại")
        default: .systemError(error)
        }
    }

    /// Ten letters and digits from the system's random source: about 2^51 names to guess.
    private static func randomSuffix() -> String {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz0123456789")
        var generator = SystemRandomNumberGenerator()
        return String((0..<10).map { _ in alphabet[Int(generator.next(upperBound: UInt(alphabet.count)))] })
    }
}
