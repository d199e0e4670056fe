import Foundation

/// A directory that outputs go into (`--png DIR`, `--units … -o DIR/`): made when missing, with
/// its parents; a file in its place is refused in words, not with Foundation's error domain.
public enum OutputDirectory {
    public static func make(_ path: String) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw AtomicFile.Failure(path: path, reason: "it is a file, and a directory was expected here",
                                         hint: "name a directory, or remove the file")
            }
            return
        }
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
            let reason = underlying.flatMap { $0.domain == NSPOSIXErrorDomain ? String(cString: strerror(Int32($0.code))) : nil }
            throw AtomicFile.Failure(path: path, reason: "the directory cannot be made: \(reason ?? "a part of the path is not a directory or not writable")")
        }
    }
}
