import Foundation

/// Finds the bundled `Fonts/` and `Layouts/` directories: an explicit path first, then
/// `VANBAN_HOME`, then the directories around the executable (a checkout's `.build/release/vanban`
/// or an installed `bin/vanban` with `share/vanban/`), then the current directory.
public enum Resources {
    public static func directory(named name: String, explicit: String? = nil) -> String? {
        if let explicit { return explicit }
        let fileManager = FileManager.default
        var candidates: [URL] = []
        if let home = ProcessInfo.processInfo.environment["VANBAN_HOME"] {
            candidates.append(URL(fileURLWithPath: home))
        }
        for executable in executables {
            var directory = executable.resolvingSymlinksInPath().deletingLastPathComponent()
            for _ in 0..<6 {
                candidates.append(directory)
                candidates.append(directory.appendingPathComponent("share/vanban"))
                directory.deleteLastPathComponent()
            }
        }
        candidates.append(URL(fileURLWithPath: fileManager.currentDirectoryPath))
        for candidate in candidates {
            let path = candidate.appendingPathComponent(name).path
            var isDirectory: ObjCBool = false
            if fileManager.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue { return path }
        }
        return nil
    }

    /// Where the running program is. A program started from the PATH has only its name in
    /// argv[0] (`vanban`), which would resolve against the current directory: the kernel's
    /// record of the executable, the link `/proc/self/exe`, says where it really is. (Not
    /// `Bundle.main`: making it lists the executable's whole directory, 50 M instructions, a
    /// sixth of a cold render, in a build folder.)
    private static var executables: [URL] {
        var urls: [URL] = []
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            urls.append(URL(fileURLWithPath: path))
        }
        if let first = CommandLine.arguments.first, first.contains("/") { urls.append(URL(fileURLWithPath: first)) }
        return urls
    }

    /// The package checkout a source file belongs to (for tests and tools run from a checkout).
    public static func packageRoot(fromSourceFile file: String) -> String {
        var url = URL(fileURLWithPath: file)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url.path }
        }
        return FileManager.default.currentDirectoryPath
    }
}
