import Foundation

/// The names of `--png`'s page images, and clearing the pages an earlier, longer document left in
/// a reused directory: only names this option writes ("page-07.png"), only regular files.
enum PNGPages {
    static func name(_ page: Int) -> String { String(format: "page-%02d.png", page) }

    /// Deletes page-NN.png for every NN after `count`, so the directory shows this document only.
    static func removeStale(in directory: String, after count: Int) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        for fileName in names where fileName.hasPrefix("page-") && fileName.hasSuffix(".png") {
            guard let page = Int(fileName.dropFirst(5).dropLast(4)), page > count, name(page) == fileName else { continue }
            let path = (directory as NSString).appendingPathComponent(fileName)
            var info = stat()
            guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { continue }
            unlink(path)
        }
    }
}
