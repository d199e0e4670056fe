import Foundation
import VanBanModel

/// A directory that outputs go into (`--png DIR`, `--units … -o DIR/`): made when missing, with
/// its parents; a file in its place is refused in words, not with Foundation's error domain.
public enum OutputDirectory {
    public static func make(_ path: String) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw AtomicFile.Failure(path: path, reason: Phrase(en: "it is a file, and a directory was expected here",
                                                                    vi: "đó là một tệp, trong khi ở đây cần một thư mục"),
                                         hint: Phrase(en: "name a directory, or remove the file", vi: "ghi tên một thư mục, hoặc xóa tệp đó"))
            }
            return
        }
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
            let reason = underlying.flatMap { $0.domain == NSPOSIXErrorDomain ? Phrase.systemError(Int32($0.code)) : nil }
                ?? Phrase(en: "a part of the path is not a directory or not writable",
                          vi: "một phần của đường dẫn không phải thư mục hoặc không ghi được")
            throw AtomicFile.Failure(path: path, reason: Phrase(en: "the directory cannot be made: ", vi: "không tạo được thư mục: ") + reason)
        }
    }
}
