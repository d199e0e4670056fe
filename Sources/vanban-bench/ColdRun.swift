/// A whole `vanban render` process, start to PDF on disk, timed several times after one untimed
/// run (so the file system cache and fontconfig's cache are as a clerk's second run finds them).
struct ColdRun {
    var milliseconds = Samples()
    /// Processor time of the process, all threads.
    var cpuMilliseconds = Samples()
    var peakKilobytes = 0
    var runs: Int { milliseconds.values.count }
    /// The median wall time of each spell of runs (`run` is called once a spell).
    var spellMedians: [Double] = []

    /// Adds `runs` timed runs, after one untimed run.
    mutating func run(vanban: String, input: String, output: String, runs: Int) throws {
        var spell = Samples()
        defer { if !spell.values.isEmpty { spellMedians.append(spell.median) } }
        for round in 0...runs {
            let child = try ChildProcess.run(vanban, ["render", input, "-o", output])
            guard child.status == 0 else { throw BenchError("vanban render \(input) failed (exit \(child.status))") }
            guard round > 0 else { continue }
            milliseconds.add(child.seconds * 1000)
            spell.add(child.seconds * 1000)
            cpuMilliseconds.add(child.cpuSeconds * 1000)
            peakKilobytes = max(peakKilobytes, child.peakKilobytes)
        }
    }
}
