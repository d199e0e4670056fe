import ArgumentParser
import Foundation
import VanBan
import VanBanModel

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
            Terminal.say(Phrase(verbatim: "\(failure.unitPhrase.chosen): ") + Phrase(en: "left out:", vi: "bị bỏ qua:"))
            Terminal.error(failure.diagnostics.text(CommandLineLanguage.current))
        }
        let copies = outcome.units - outcome.failures.count, left = outcome.failures.count
        var summary = merge
            ? Phrase(en: "wrote \(copies) copies into \(output)", vi: "đã ghi \(copies) bản vào \(output)")
            : Phrase(en: "wrote \(outcome.written.count) PDF files into \(output)", vi: "đã ghi \(outcome.written.count) tệp PDF vào \(output)")
        if left > 0 {
            summary += Phrase(en: "; \(left) of \(outcome.units) units left out", vi: "; bỏ qua \(left) trong \(outcome.units) đơn vị")
        }
        Terminal.say(summary)
        if !outcome.failures.isEmpty { throw ExitCode(2) }
    }
}
