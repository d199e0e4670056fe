import Foundation
import VanBanInput
import VanBanModel
import VanBanPDF
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
        /// The unit's name: its first value, or `line 7` / `dòng 7` for a row with none.
        public var unitPhrase: Phrase
        public var diagnostics: DiagnosticList
        /// The unit's name in English.
        public var unit: String { unitPhrase.english }
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
        /// The unit's name: its first value, or `line 7` / `dòng 7` for a row with none.
        public var unitPhrase: Phrase
        public var succeeded: Bool
        /// The unit's name in English.
        public var unit: String { unitPhrase.english }
    }

    /// The document's path, or with `text` the name it is reported under.
    public let input: String
    /// The document's YAML or JSON when it is not to be read from `input`.
    public var text: String?
    public let units: UnitTable
    public let destination: Destination
    public var creationDate: String?
    public var fontDirectory: String?
    /// The family to use from a font directory that holds several.
    public var fontFamily: String?
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
        let composer = try Composer(fontDirectory: fontDirectory, layoutPath: layoutPath, fontFamily: fontFamily)
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
        let labels = units.rows.map { row in
            row.values.first { !$0.isEmpty }.map(Phrase.init(verbatim:)) ?? Phrase(en: "line \(row.line)", vi: "dòng \(row.line)")
        }
        // No output may replace a file the batch reads.
        let inputs = Set([input, units.file, layoutPath].compactMap { $0.flatMap(FileIdentity.init(path:)) })

        switch destination {
        case let .directory(directory, nameColumn):
            let names = try fileNames(nameColumn)
            try OutputDirectory.make(directory)
            let paths = names.map { (directory as NSString).appendingPathComponent($0) }
            let results = try parallelMap(text: text, labels: labels, progress: progress) { composer, index, document in
                try AtomicFile.write(try composer.pdf(document, creationDate: creationDate, signatureFields: signatureFields,
                                                      imposition: imposition, fillable: fillable), to: paths[index], inputs: inputs)
                return paths[index]
            }
            return Outcome(units: units.rows.count, written: results.compactMap { try? $0.get() }, failures: failures(results, labels))
        case let .merged(path):
            var results: [Result<Void, UnitProblem>] = []
            do {
                try Self.asEnvironmentFailure {
                    try AtomicFile.write(to: path, inputs: inputs) { temporary in
                        results = try writeMerged(text: text, labels: labels, into: temporary, progress: progress)
                    }
                }
            } catch is NothingToWrite {}
            let written = results.contains { (try? $0.get()) != nil }
            return Outcome(units: units.rows.count, written: written ? [path] : [], failures: failures(results, labels))
        case let .memory(merge: false, nameColumn):
            let names = try fileNames(nameColumn)
            let results = try parallelMap(text: text, labels: labels, progress: progress) { composer, index, document in
                File(name: names[index], data: try composer.pdf(document, creationDate: creationDate, signatureFields: signatureFields,
                                                                imposition: imposition, fillable: fillable))
            }
            return Outcome(units: units.rows.count, written: [], files: results.compactMap { try? $0.get() },
                           failures: failures(results, labels))
        case .memory(merge: true, _):
            // As into a file (writeMerged), into memory: the same bytes, the label update read
            // from what Cairo writes on finishing.
            let memory = MemoryOutput()
            let (bundle, results) = try drawMerged(text: text, labels: labels, progress: progress, output: memory.writing)
            var files: [File] = []
            if let bundle {
                let drawn = memory.bytes.count
                _ = try bundle.stream.finish()
                let file = try PDFFile(bytes: Array(memory.bytes[drawn...]), startingAt: drawn)
                let update = try PDFFinisher.appendedBytes(for: file, pageLabels: bundle.pageLabels, pageCount: bundle.stream.pageCount)
                files = [File(name: "merged.pdf", data: Data(memory.bytes + update))]
            }
            return Outcome(units: units.rows.count, written: [], files: files, failures: failures(results, labels))
        }
    }

    /// Each unit's file name, from the values of the naming column (the first by default).
    private func fileNames(_ nameColumn: String?) throws -> [String] {
        let column = try nameColumnIndex(nameColumn)
        return UnitFileNames.names(for: units.rows.map { $0.values[column] }) { "don-vi-\(units.rows[$0].line)" }
    }

    /// Units read at a time for a merged bundle: only their documents and the pages being drawn
    /// are in memory, whatever the number of units.
    static let mergeChunk = 256

    /// Every good unit's copy, drawn into one PDF chunk by chunk and written into `temporary`;
    /// throws `NothingToWrite` when no unit is good. Each copy numbers its pages from 1.
    private func writeMerged(text: String, labels: [Phrase], into temporary: TemporaryFile,
                             progress: @escaping @Sendable (Progress) -> Void) throws -> [Result<Void, UnitProblem>] {
        // A full disk is reported as such, not as Cairo's "write error".
        let writeFailure = WriteFailure()
        let (bundle, results) = try drawMerged(text: text, labels: labels, progress: progress,
                                               output: writeFailure.writing(into: temporary))
        guard let bundle else { throw NothingToWrite() }
        // Cairo's bytes went to the file as they were made. What it writes on finishing (fonts,
        // page tree, catalog, cross-references) is read back to add the page labels; the pages
        // before it stay on disk.
        let drawn = try temporary.size()
        do { _ = try bundle.stream.finish() } catch { throw writeFailure.error ?? error }
        if let error = writeFailure.error { throw error }
        let file = try PDFFile(bytes: try temporary.read(from: drawn), startingAt: drawn)
        try temporary.write(Data(PDFFinisher.appendedBytes(for: file, pageLabels: bundle.pageLabels, pageCount: bundle.stream.pageCount)))
        return results
    }

    /// Every good unit's copy drawn one after another into one PDF stream, chunk by chunk, its
    /// bytes going to `output` as Cairo makes them (nil: kept for `finish`); nil when no unit is good.
    private func drawMerged(text: String, labels: [Phrase], progress: @escaping @Sendable (Progress) -> Void,
                            output: ((UnsafeRawBufferPointer) -> Bool)?)
        throws -> (bundle: (stream: PDFPageStream, pageLabels: [String])?, results: [Result<Void, UnitProblem>]) {
        let composer = try Composer(fontDirectory: fontDirectory, layoutPath: layoutPath)
        var results: [Result<Void, UnitProblem>] = []
        var bundle: PDFPageStream?
        var pageLabels: [String] = []
        for start in stride(from: 0, to: units.rows.count, by: Self.mergeChunk) {
            let chunk = start..<min(start + Self.mergeChunk, units.rows.count)
            for result in try parallelMap(text: text, labels: labels, rows: chunk, progress: progress, { _, _, document in document }) {
                switch result {
                case let .success(document):
                    let stream = try bundle ?? PDFPageStream(info: composer.pdfInfo(document, creationDate: creationDate), output: output)
                    bundle = stream
                    let pages = composer.layout(document, imposition: imposition)
                    try stream.draw(pages)
                    pageLabels += pages.map(\.label)
                    results.append(.success(()))
                case let .failure(problem):
                    results.append(.failure(problem))
                }
            }
        }
        return (bundle.map { ($0, pageLabels) }, results)
    }

    private func nameColumnIndex(_ name: String?) throws -> Int {
        guard let name else { return 0 }
        if let index = units.columnIndex(name) { return index }
        let hint = units.hintPhrase(forUnknownColumn: name, placeholder: false)
        throw Composer.Failure.invalidInput(DiagnosticList([Diagnostic(
            Phrase(en: "--name-column names '\(name)', which is not a column of \(units.file)",
                   vi: "--name-column ghi '\(name)', nhưng đây không phải là cột của \(units.file)"),
            at: SourceLocation(file: units.file, line: 1, column: 1), hint: hint)]))
    }

    /// Reads every unit's document and applies `body` to it, on `workers` threads, each with its
    /// own composer; results come back in row order whatever the order of completion.
    private func parallelMap<T>(
        text: String, labels: [Phrase], rows chunk: Range<Int>? = nil, progress: @escaping @Sendable (Progress) -> Void,
        _ body: @escaping (Composer, Int, Document) throws -> T
    ) throws -> [Result<T, UnitProblem>] {
        let rows = units.rows
        let chunk = chunk ?? rows.indices
        let state = SharedState<T>(range: chunk)
        let input = self.input, table = units, fontDirectory = self.fontDirectory, fontFamily = self.fontFamily, layoutPath = self.layoutPath
        DispatchQueue.concurrentPerform(iterations: max(1, min(workers, chunk.count))) { _ in
            let composer: Composer
            let parsed: ParsedDocument   // parsed once per worker, read for each of its units
            do {
                composer = try Composer(fontDirectory: fontDirectory, layoutPath: layoutPath, fontFamily: fontFamily)
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
                let done = chunk.lowerBound + state.finish(index, result)
                progress(Progress(done: done, total: rows.count, unitPhrase: labels[index], succeeded: (try? result.get()) != nil))
            }
        }
        if let error = state.fatalError {
            if let failure = error as? Composer.Failure { throw failure }
            throw Composer.Failure.environment(Phrase(describing: error))
        }
        return state.results.map { $0 ?? .failure(UnitProblem(diagnostics: DiagnosticList([]))) }
    }

    private func failures<T>(_ results: [Result<T, UnitProblem>], _ labels: [Phrase]) -> [Failure] {
        results.enumerated().compactMap { index, result in
            guard case let .failure(problem) = result else { return nil }
            return Failure(unitPhrase: labels[index], diagnostics: problem.diagnostics)
        }
    }

    private static func asEnvironmentFailure<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let failure as Composer.Failure { throw failure } catch let nothing as NothingToWrite {
            throw nothing
        } catch {
            throw Composer.Failure.environment(Phrase(describing: error))
        }
    }
}

/// The first error writing Cairo's bytes into the file, kept to report instead of Cairo's own.
private final class WriteFailure {
    var error: Error?

    func writing(into file: TemporaryFile) -> (UnsafeRawBufferPointer) -> Bool {
        { bytes in
            do { try file.write(bytes); return true } catch {
                if self.error == nil { self.error = error }
                return false
            }
        }
    }
}

/// The bytes of a merged bundle made in memory, as Cairo writes them.
private final class MemoryOutput {
    var bytes: [UInt8] = []

    func writing(_ chunk: UnsafeRawBufferPointer) -> Bool {
        bytes.append(contentsOf: chunk)
        return true
    }
}

/// A merged bundle with no good unit: nothing is written.
private struct NothingToWrite: Error {}

/// Why one unit was left out: its row's values do not make a valid document.
private struct UnitProblem: Error {
    var diagnostics: DiagnosticList
}

/// The counter, the results and the first fatal error that the workers share, behind one lock.
private final class SharedState<T>: @unchecked Sendable {
    private let lock = NSLock()
    private let range: Range<Int>
    private var nextIndex: Int
    private var done = 0
    /// The results of the rows of `range`, from its first.
    private(set) var results: [Result<T, UnitProblem>?]
    private(set) var fatalError: Error?

    init(range: Range<Int>) {
        self.range = range
        nextIndex = range.lowerBound
        results = Array(repeating: nil, count: range.count)
    }

    /// The next unit to render, or nil when all are taken or the run must stop.
    func next() -> Int? {
        lock.withLock {
            guard fatalError == nil, nextIndex < range.upperBound else { return nil }
            defer { nextIndex += 1 }
            return nextIndex
        }
    }

    /// Records a unit's result; returns how many units are done.
    func finish(_ index: Int, _ result: Result<T, UnitProblem>) -> Int {
        lock.withLock {
            results[index - range.lowerBound] = result
            done += 1
            return done
        }
    }

    func stop(_ error: Error) {
        lock.withLock { if fatalError == nil { fatalError = error } }
    }
}
