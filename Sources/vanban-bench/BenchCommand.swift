import ArgumentParser
import Foundation
import VanBan
import VanBanRender

/// `vanban-bench`: times every example, the Pango + Cairo baseline, documents of growing length,
/// a cold `vanban render` and a batch of forms on every core, and prints one table.
@main
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vanban-bench",
        abstract: "Measure VanBan's speed and memory against Pango + Cairo alone.",
        discussion: """
            Build in release mode first (scripts/bench.sh does): the cold run starts the `vanban` \
            built beside this program. Progress goes to standard error, the table to standard output.
            """,
        subcommands: [RunBenchmark.self, MeasureDocument.self],
        defaultSubcommand: RunBenchmark.self
    )
}

/// The whole benchmark: one measuring child process per example (so each reports its own peak
/// memory), then the scaling, cold-start and batch runs.
struct RunBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "run", abstract: "Run the benchmark and print the table.")

    @Flag(help: "A few rounds of everything, to check that the benchmark works (not for figures).")
    var quick = false

    @Option(help: "Counted rounds per example in all (spread over 4 processes), after each process's warm-up rounds.")
    var rounds: Int?

    @Option(help: "Units in the batch of Tuần Giáo forms.")
    var units: Int?

    @Option(help: "Cold `vanban render` processes to time.")
    var coldRuns: Int?

    func validate() throws {
        for (name, value) in [("--rounds", rounds), ("--units", units), ("--cold-runs", coldRuns)] {
            if let value, value < 1 { throw ValidationError("\(name) must be at least 1") }
        }
    }

    func run() throws {
        do {
            try benchmark()
        } catch let error as BenchError {
            FileHandle.standardError.write(Data("vanban-bench: error: \(error.description)\n".utf8))
            throw ExitCode(3)
        }
    }

    private func benchmark() throws {
        let plan = BenchPlan(quick: quick, rounds: rounds, units: units, coldRuns: coldRuns)
        guard let examples = Resources.directory(named: "Examples") else {
            throw BenchError("the Examples/ directory was not found (run from the checkout or set VANBAN_HOME)")
        }
        let self_ = try Self.executable()
        let vanban = ParentDirectory.of(self_) + "/vanban"
        guard FileManager.default.isExecutableFile(atPath: vanban) else {
            throw BenchError("\(vanban) is missing: build every product first (swift build -c release)")
        }
        let scratch = NSTemporaryDirectory() + "vanban-bench-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: scratch) }

        func measure(_ path: String, copies: Int, rounds: Int) throws -> DocumentMeasurement {
            progress("measuring \((path as NSString).lastPathComponent) × \(copies)")
            let output = scratch + "/measure.json"
            let arguments = ["measure", path, "--copies", "\(copies)", "--rounds", "\(rounds)", "--warm-up", "\(plan.warmUp)"]
            let child = try ChildProcess.run(self_, arguments, standardOutput: output)
            guard child.status == 0, let data = FileManager.default.contents(atPath: output),
                  var result = try? JSONDecoder().decode(DocumentMeasurement.self, from: data) else {
                throw BenchError("measuring \(path) failed (exit \(child.status))")
            }
            result.peakKilobytes = child.peakKilobytes
            return result
        }

        let files = try FileManager.default.contentsOfDirectory(atPath: examples)
            .filter { ($0.hasSuffix(".yaml") || $0.hasSuffix(".json")) && !$0.hasSuffix(".schema.json") }.sorted()
        let dongDa = examples + "/dong-da.yaml"

        // This virtual machine runs some processes, and some spells of seconds, about 1.5 times
        // slower than others: each example is measured in several processes spread over the run,
        // and so are the cold starts, so that a slow one touches only part of the samples.
        var perExample: [DocumentMeasurement] = []
        var cold = ColdRun()
        for pass in 0..<plan.passes {
            let measured = try files.map { try measure(examples + "/" + $0, copies: 1, rounds: plan.roundsPerPass) }
            perExample = pass == 0 ? measured : zip(perExample, measured).map { var pooled = $0; pooled.add($1); return pooled }
            progress("starting vanban render \(plan.coldRunsPerPass + 1) times")
            try cold.run(vanban: vanban, input: dongDa, output: scratch + "/cold.pdf", runs: plan.coldRunsPerPass)
        }

        let scaling = try plan.copies.map { copies in
            try measure(dongDa, copies: copies, rounds: max(plan.warmUp + 1, plan.rounds / copies))
        }

        progress("rendering the Tuần Giáo form for \(plan.units) units")
        let batch = try BatchRun.run(vanban: vanban, formPath: examples + "/tuan-giao-form.yaml", units: plan.units,
                                     scratch: scratch)

        progress("rendering a one-page letter for \(plan.units) units")
        let letter = try BatchRun.onePageLetter(from: examples + "/cong-van.yaml", scratch: scratch)
        let onePage = try BatchRun.run(vanban: vanban, formPath: letter, units: plan.units, scratch: scratch)

        let report = BenchReport(plan: plan, examples: perExample, scaling: scaling, cold: cold, batch: batch, onePageBatch: onePage)
        print(report.text)
    }

    private func progress(_ message: String) {
        FileHandle.standardError.write(Data("vanban-bench: \(message)\n".utf8))
    }

    static func executable() throws -> String {
        guard let path = Bundle.main.executablePath else { throw BenchError("cannot find this program's own path") }
        return path
    }
}

/// How much of everything to run.
struct BenchPlan {
    var rounds: Int
    /// Processes each example (and the cold runs) is spread over.
    var passes: Int
    var warmUp: Int
    var copies: [Int]
    var coldRuns: Int
    var units: Int

    init(quick: Bool, rounds: Int?, units: Int?, coldRuns: Int?) {
        self.rounds = rounds ?? (quick ? 3 : 40)
        passes = quick ? 1 : 4
        warmUp = quick ? 1 : 5
        copies = quick ? [1, 2] : [1, 10, 100]
        self.coldRuns = coldRuns ?? (quick ? 2 : 24)
        self.units = units ?? (quick ? 8 : 1000)
    }

    var roundsPerPass: Int { max(1, (rounds + passes - 1) / passes) }
    var coldRunsPerPass: Int { max(1, (coldRuns + passes - 1) / passes) }
}

/// The hidden worker that `run` starts once per measurement; prints the timings as JSON.
struct MeasureDocument: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "measure", shouldDisplay: false)

    @Argument var path: String
    @Option var copies = 1
    @Option var rounds = 10
    @Option var warmUp = 3

    func run() throws {
        let result = try DocumentMeasurement.measure(path: path, copies: copies, rounds: rounds, warmUp: warmUp)
        print(String(decoding: try JSONEncoder().encode(result), as: UTF8.self))
    }
}
