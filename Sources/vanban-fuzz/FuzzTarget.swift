import Foundation
import VanBan
import VanBanCheck

/// One fuzzing input: read it as a document file; a document is checked, fixed as `--fix` would,
/// and laid out. Any outcome but a crash, a hang or a sanitizer report is fine: bad input must
/// end in diagnostics. Shared by the libFuzzer entry point and the replaying `main`.
enum FuzzTarget {
    nonisolated(unsafe) static let composer: Composer = {
        do {
            return try Composer()
        } catch {
            fatalError("vanban-fuzz: cannot load the fonts and layout (set VANBAN_HOME to the package): \(error)")
        }
    }()

    static func run(_ bytes: UnsafeRawBufferPointer) {
        // Invalid UTF-8 ends like a file that is not UTF-8: with the reader's message.
        guard let text = String(validating: bytes, as: UTF8.self) else { return }
        guard let source = try? composer.readSourced(text: text, file: "fuzz.yaml") else { return }
        _ = try? DocumentChecker.fix(text) { try composer.readSourced(text: $0, file: "fuzz.yaml") }
        _ = composer.layout(source.document)
    }
}

/// libFuzzer's driver (in the runtime that `-sanitize=fuzzer` links); it calls `callback` with
/// each input and handles the command line (`-max_total_time=…`, corpus directories).
#if FUZZING
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

/// The entry point libFuzzer's own `main` calls, when the linker takes that `main` instead of ours.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzTarget.run(UnsafeRawBufferPointer(start: data, count: size))
    return 0
}
#endif

@main
enum FuzzMain {
    static func main() {
        #if FUZZING
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzOneInput))
        #else
        replay(CommandLine.arguments.dropFirst())
        #endif
    }

    /// Without libFuzzer: replays the inputs given as files (e.g. a crash file libFuzzer saved).
    static func replay(_ paths: ArraySlice<String>) {
        if paths.isEmpty {
            FileHandle.standardError.write(Data("usage: vanban-fuzz FILE… (replays fuzzing inputs; see README, Fuzzing)\n".utf8))
            exit(64)
        }
        for path in paths {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("vanban-fuzz: cannot read \(path)\n".utf8))
                exit(3)
            }
            data.withUnsafeBytes(FuzzTarget.run)
            print("\(path): no crash")
        }
    }
}
