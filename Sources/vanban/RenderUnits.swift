import ArgumentParser
import Foundation
import VanBan

extension RenderCommand {
    /// `render FORM --units UNITS.csv -o DIR [--merge]`: the batch, its progress on standard
    /// error, and at the end every unit that was left out, with why.
    func renderUnits(_ unitsPath: String) throws {
        guard var output else { return }
        // "-o DIR/" with --merge: the bundle is named after the input inside DIR.
        if merge { output = try OutputPaths(input: input).file(output, extension: "pdf") }
        var batch = try UnitBatch(input: input, unitsFile: unitsPath,
                                  destination: merge ? .merged(output) : .directory(output, nameColumn: nameColumn))
        batch.apply(options)
        batch.fontDirectory = setup.fonts
        batch.fontFamily = setup.fontFamily
        batch.layoutPath = setup.layout
        let progress = ProgressDisplay(interactive: isatty(STDERR_FILENO) == 1)
        let outcome = try batch.run(progress: { progress.show($0) })
        progress.finish()
        for failure in outcome.failures {
            Terminal.error("\(failure.unit): left out:")
            Terminal.error(failure.diagnostics.description)
        }
        let written = merge ? "\(outcome.units - outcome.failures.count) copies into \(output)"
            : "\(outcome.written.count) PDF files into \(output)"
        Terminal.error("wrote \(written)" + (outcome.failures.isEmpty ? "" : "; \(outcome.failures.count) of \(outcome.units) units left out"))
        if !outcome.failures.isEmpty { throw ExitCode(2) }
    }
}
