import Foundation

/// Which file a path names, by device and inode, so that two names of one file (a symbolic link,
/// a hard link, "./a" and "a") compare equal: comparing path strings would miss them, and an
/// output written over its own input destroys the input.
public struct FileIdentity: Hashable, Sendable {
    public let device: UInt64
    public let inode: UInt64

    /// The file at `path` (following symbolic links), or nil when nothing is there.
    public init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        self.init(info)
    }

    init(_ info: stat) {
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
    }
}

/// Where an output will be, also when it does not exist yet: the identity of the file there, or
/// of its directory and its name. Two outputs of one run, or an output and an input, with the
/// same place would overwrite each other.
public enum FilePlace: Hashable, Sendable {
    case existing(FileIdentity)
    case absent(directory: FileIdentity, name: String)
    /// Neither the file nor its directory exists: the path's text is all there is to compare.
    case unknown(String)

    public init(path: String) {
        if let identity = FileIdentity(path: path) {
            self = .existing(identity)
            return
        }
        let name = (path as NSString).lastPathComponent
        let parent = ParentDirectory.of(path)
        if let directory = FileIdentity(path: parent.isEmpty ? "." : parent) {
            self = .absent(directory: directory, name: name)
        } else {
            self = .unknown((path as NSString).standardizingPath)
        }
    }
}
