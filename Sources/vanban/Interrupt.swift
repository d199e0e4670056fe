#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// SIGINT as a byte on a pipe: writing is all a signal handler may safely do.
enum Interrupt {
    nonisolated(unsafe) private static var writeEnd: Int32 = -1

    /// The pipe's read end, readable once Ctrl-C has been pressed.
    static func install() -> Int32 {
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { return -1 }
        writeEnd = ends[1]
        signal(SIGINT) { _ in
            var byte: UInt8 = 1
            _ = write(Interrupt.writeEnd, &byte, 1)
        }
        return ends[0]
    }
}
