import Foundation
import VanBanInput
import VanBanModel
import VanBanRender

/// Renders one document for every unit of a CSV file: one PDF per unit into a directory, or all
/// copies merged into one PDF.
///
/// The template is checked once (unknown columns stop the run before anything is written). Then
/// worker threads, one composer each (Pango is not thread-safe), take the next unit from a shared
/// counter, read the document with that unit's values and write its PDF atomically. A unit with a
/// bad row is recorded and skipped. Each file depends only on its unit, so the bytes do not depend
/// on which worker made it. Merged copies are laid out one after another by a single composer.
public struct UnitBatch {
    public enum Destination {
        /// One PDF per unit, named from the value of the column (nil: the first column).
        case directory(String, nameColumn: String?)
        /// Every unit's copy in one PDF, each copy numbering its own pages.
        case merged(String)
        /// Nothing written: the PDFs come back in `Outcome.files` (the service, which never
        /// writes to disk): one per unit named as in a directory, or with `merge` the one bundle.
        case memory(merge: Bool, nameColumn: String?)
    }

    /// A PDF made in memory, with the file name it would have in a directory.
    public struct File: Sendable {
        public var name: String
        public var data: Data
    }

    public struct Failure: Sendable {
        public var unit: String
        public var diagnostics: DiagnosticList
    }

    public struct Outcome: Sendable {
        /// How many units the CSV file has.
        public var units: Int
        /// The files written, in row order.
        public var written: [String]
        /// With `.memory`: the PDFs, in row order (or the one merged bundle).
        public var files: [File] = []
        /// The units left out because their values are bad, in row order.
        public var failures: [Failure]
    }

    /// One unit finished: `done` of `total`, with its name and whether it was written.
    public struct Progress: Sendable {
        public var done: Int
        public var total: Int
        public var unit: String
        public var succeeded: Bool
    }

    /// The document's path, or with `text` the name it is reported under.
    public let input: String
    /// The document's YAML or JSON when it is not to be read from `input`.
    public var text: String?
    public let units: UnitTable
    public let destination: Destination
    public var creationDate: String?
    public var fontDirectory: String?
    public var layoutPath: String?
    public var imposition = Composer.Imposition.single
    /// The signature fields of each unit's PDF (merged copies have none).
    public var signatureFields = SignatureFields.all
    /// Each unit's PDF gets a text field over every blank (`--fillable`; not for a merged bundle).
    public var fillable = false
    public var workers = ProcessInfo.processInfo.activeProcessorCount

    public init(input: String, units: UnitTable, destination: Destination) {
        self.input = input
        self.units = units
        self.destination = destination
    }

    /// A batch over the units of a CSV file; throws `Composer.Failure.invalidInput` for a bad file.
    public init(input: String, unitsFile: String, destination: Destination) throws {
        switch UnitTable.read(path: unitsFile) {
        case let .success(table): self.init(input: input, units: table, destination: destination)
        case let .failure(list): throw Composer.Failure.invalidInput(list)
        }
    }

    /// Throws `Composer.Failure` when the template, the options or the environment are wrong
    /// (nothing is written then); problems of single units are in the outcome.
    public func run(progress: @escaping @Sendable (Progress) -> Void = { _ in }) throws -> Outcome {
        let composer = try Composer(fontDirectory: fontDirectory, layoutPath: layoutPath)
        let text: String
        if let given = self.text {
            text = given
        } else {
            switch DocumentReader.text(path: input) {
            case let .success(read): text = read
            case let .failure(list): throw Composer.Failure.invalidInput(list)
            }
        }
        _ = try composer.read(text: text, file: input, unit: UnitFields(table: units, row: nil))
        let labels = units.rows.map { row in row.values.first { !$0.isEmpty } ?? "line \(row.line)" }

        switch destination {
        case let .directory(directory, nameColumn):
            let names = try fileNames(nameColumn)
            try Self.asEnvironmentFailure { try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true) }
            let paths = names.map { (directory as NSString).appendingPathComponent($0) }
            let results = try parallelMap(text: text, labels: labels, progress: progress) { composer, index, document in
                try AtomicFile.write(try composer.pdf(document, creationDate: creationDate, signatureFields: signatureFields,
                                                      imposition: imposition, fillable: fillable), to: paths[index])
                return paths[index]
            }
            return Outcome(units: units.rows.count, written: results.compactMap { try? $0.get() }, failures: failures(results, labels))
        case let .merged(path):
            let results = try parallelMap(text: text, labels: labels, progress: progress) { _, _, document in document }
            let documents = results.compactMap { try? $0.get() }
            guard !documents.isEmpty else { return Outcome(units: units.rows.count, written: [], failures: failures(results, labels)) }
            try Self.asEnvironmentFailure { try AtomicFile.write(try composer.pdf(copies: documents, creationDate: creationDate, imposition: imposition), to: path) }
            return Outcome(units: units.rows.count, written: [path], failures: failures(results, labels))
        case let .memory(merge: false, nameColumn):
            let names = try fileNames(nameColumn)
            let results = try parallelMap(text: text, labels: labels, progress: progress) { composer, index, document in
                File(name: names[index], data: try composer.pdf(document, creationDate: creationDate, signatureFields: signatureFields,
                                                                imposition: imposition, fillable: fillable))
            }
            return Outcome(units: units.rows.count, written: [], files: results.compactMap { try? $0.get() },
                           failures: failures(results, labels))
        case .memory(merge: true, _):
            let results = try parallelMap(text: text, labels: labels, progress: progress) { _, _, document in document }
            let documents = results.compactMap { try? $0.get() }
            let files = documents.isEmpty ? []
                : [File(name: "merged.pdf", data: try composer.pdf(copies: documents, creationDate: creationDate, imposition: imposition))]
            return Outcome(units: units.rows.count, written: [], files: files, failures: failures(results, labels))
        }
    }

    /// Each unit's file name, from the values of the naming column (the first by default).
    private func fileNames(_ nameColumn: String?) throws -> [String] {
        let column = try nameColumnIndex(nameColumn)
        return UnitFileNames.names(for: units.rows.map { $0.values[column] }) { "don-vi-\(units.rows[$0].line)" }
    }

    private func nameColumnIndex(_ name: String?) throws -> Int {
        guard let name else { return 0 }
        if let index = units.columnIndex(name) { return index }
        let hint = units.hint(forUnknownColumn: name, placeholder: false)
        throw Composer.Failure.invalidInput(DiagnosticList([Diagnostic(
            "--name-column names '\(name)', which is not a column of \(units.file)",
            at: SourceLocation(file: units.file, line: 1, column: 1), hint: hint)]))
    }

    /// Reads every unit's document and applies `body` to it, on `workers` threads, each with its
    /// own composer; results come back in row order whatever the order of completion.
    private func parallelMap<T>(
        text: String, labels: [String], progress: @escaping @Sendable (Progress) -> Void,
        _ body: @escaping (Composer, Int, Document) throws -> T
    ) throws -> [Result<T, UnitProblem>] {
        let rows = units.rows
        let state = SharedState<T>(count: rows.count)
        let input = self.input, table = units, fontDirectory = self.fontDirectory, layoutPath = self.layoutPath
        DispatchQueue.concurrentPerform(iterations: max(1, min(workers, rows.count))) { _ in
            let composer: Composer
            let parsed: ParsedDocument   // parsed once per worker, read for each of its units
            do {
                composer = try Composer(fontDirectory: fontDirectory, layoutPath: layoutPath)
                parsed = try composer.parse(text: text, file: input)
            } catch {
                state.stop(error)
                return
            }
            while let index = state.next() {
                let result: Result<T, UnitProblem>
                do {
                    let document = try composer.read(parsed, unit: UnitFields(table: table, row: rows[index]))
                    result = .success(try body(composer, index, document))
                } catch let Composer.Failure.invalidInput(list) {
                    result = .failure(UnitProblem(diagnostics: list))
                } catch {
                    state.stop(error)
                    return
                }
                let done = state.finish(index, result)
                progress(Progress(done: done, total: rows.count, unit: labels[index], succeeded: (try? result.get()) != nil))
            }
        }
        if let error = state.fatalError {
            if let failure = error as? Composer.Failure { throw failure }
            throw Composer.Failure.environment(error.localizedDescription)
        }
        return state.results.map { $0 ?? .failure(UnitProblem(diagnostics: DiagnosticList([]))) }
    }

    private func failures<T>(_ results: [Result<T, UnitProblem>], _ labels: [String]) -> [Failure] {
        results.enumerated().compactMap { index, result in
            guard case let .failure(problem) = result else { return nil }
            return Failure(unit: labels[index], diagnostics: problem.diagnostics)
        }
    }

    private static func asEnvironmentFailure<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let failure as Composer.Failure { throw failure } catch {
            throw Composer.Failure.environment(error.localizedDescription)
        }
    }
}

/// Why one unit was left out: its row's values do not make a valid document.
private struct UnitProblem: Error {
    var diagnostics: DiagnosticList
}

/// The counter, the results and the first fatal error that the workers share, behind one lock.
private final class SharedState<T>: @unchecked Sendable {
    private let lock = NSLock()
    private var nextIndex = 0
    private var done = 0
    private(set) var results: [Result<T, UnitProblem>?]
    private(set) var fatalError: Error?

    init(count: Int) { results = Array(repeating: nil, count: count) }

    /// The next unit to render, or nil when all are taken or the run must stop.
    func next() -> Int? {
        lock.withLock {
            guard fatalError == nil, nextIndex < results.count else { return nil }
            defer { nextIndex += 1 }
            return nextIndex
        }
    }

    /// Records a unit's result; returns how many units are done.
    func finish(_ index: Int, _ result: Result<T, UnitProblem>) -> Int {
        lock.withLock {
            results[index] = result
            done += 1
            return done
        }
    }

    func stop(_ error: Error) {
        lock.withLock { if fatalError == nil { fatalError = error } }
    }
}
