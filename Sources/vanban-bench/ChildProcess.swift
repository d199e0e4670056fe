import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a program to its end and reports its wall time and peak memory, which only `wait4` gives
/// for one particular child (Foundation's `Process` does not expose its resource usage).
enum ChildProcess {
    struct Result {
        /// The exit code, or 128 + the signal that ended it.
        var status: Int32
        var seconds: Double
        /// The child's peak resident memory (`ru_maxrss`), in kilobytes.
        var peakKilobytes: Int
        /// The processor time of all its threads, user and system.
        var cpuSeconds: Double
    }

    /// - Parameter standardOutput: a file that receives the child's standard output; nil inherits ours.
    static func run(_ path: String, _ arguments: [String], standardOutput: String? = nil) throws -> Result {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if let standardOutput {
            posix_spawn_file_actions_addopen(&actions, 1, standardOutput, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        }
        let argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }

        var pid = pid_t()
        let start = Stopwatch()
        let spawned = posix_spawn(&pid, path, &actions, nil, argv, environ)
        guard spawned == 0 else {
            throw BenchError("cannot start \(path): \(String(cString: strerror(spawned)))")
        }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) == -1 && errno == EINTR {}
        let seconds = start.seconds
        // The wait status packs the exit code in bits 8–15 and a terminating signal in bits 0–6.
        let signal = status & 0x7f
        func inSeconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        return Result(status: signal == 0 ? (status >> 8) & 0xff : 128 + signal, seconds: seconds,
                      peakKilobytes: Int(usage.ru_maxrss), cpuSeconds: inSeconds(usage.ru_utime) + inSeconds(usage.ru_stime))
    }
}

/// Elapsed wall time on the monotonic clock.
struct Stopwatch {
    private let start = DispatchTime.now().uptimeNanoseconds

    var seconds: Double { Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 }
    var milliseconds: Double { seconds * 1000 }

}

/// Processor time of the calling thread: what one document costs on one core, which other
/// processes running on the machine (builds, tests) barely change, unlike wall time.
enum ThreadCPUClock {
    static var seconds: Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// Runs `body` and returns its result with the processor milliseconds it took.
    static func time<T>(_ body: () throws -> T) rethrows -> (T, milliseconds: Double) {
        let start = seconds
        let result = try body()
        return (result, (seconds - start) * 1000)
    }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
