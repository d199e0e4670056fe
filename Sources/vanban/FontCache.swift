import Foundation

/// Fontconfig keeps its cache where the environment says (`$XDG_CACHE_HOME/vanban`, else
/// `$HOME/.cache/vanban`, as the font library chooses). For a user whose HOME is not writable (a
/// service account, a locked-down CI job) fontconfig printed "Fontconfig error: No writable cache
/// directories" on every run. The command line then points XDG_CACHE_HOME at a private directory
/// of the user's own in the temporary directory, before any font is loaded.
enum FontCache {
    static func prepare() {
        let environment = ProcessInfo.processInfo.environment
        guard let base = environment["XDG_CACHE_HOME"].map({ $0 + "/vanban" }) ?? environment["HOME"].map({ $0 + "/.cache/vanban" }) else {
            return   // the font library then uses the temporary directory itself
        }
        let directory = base + "/fontconfig"
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        if access(directory, W_OK) == 0 { return }
        if let fallback = privateDirectory() { setenv("XDG_CACHE_HOME", fallback, 1) }
    }

    /// `$TMPDIR/vanban-cache-UID`, made 0700 and used only when it is a real directory of this
    /// user's: another user could have made that name first, in a shared /tmp.
    private static func privateDirectory() -> String? {
        let path = NSTemporaryDirectory() + "vanban-cache-\(getuid())"
        mkdir(path, 0o700)
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR, info.st_uid == getuid(), access(path, W_OK) == 0 else {
            return nil
        }
        return path
    }
}
