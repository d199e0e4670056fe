import ArgumentParser
import Foundation
import VanBan
import VanBanCheck
import VanBanModel
import VanBanRender

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check documents against the rules of Decree 30 without rendering them.",
        // Paragraphs joined by "\": ArgumentParser wraps them itself (see RenderCommand).
        discussion: """
            Prints each finding as file:line:column: warning: message (hint: …) [rule].

            --fix corrects the safe findings (leading zeros, punctuation, NFC, capitals; never \
            wording) in place, editing only the characters of the values it fixes, so comments, \
            order and quoting stay; the file is rewritten atomically and read again to prove it.

            Exit codes:
              0   no findings
              1   findings (rule violations)
              2   invalid input
              3   internal or I/O error
              64  a mistake on the command line
            """
    )

    @Argument(help: "The documents, in YAML or JSON.")
    var inputs: [String]

    @Flag(help: "Apply the safe fixes and rewrite each file in place.")
    var fix = false

    @Option(help: "A font directory to use instead of the bundled Fonts/.")
    var fonts: String?

    func run() throws {
        FontCache.prepare()
        var exitCode: Int32 = 0
        do {
            let composer = try Composer(fontDirectory: fonts)
            for input in inputs {
                do {
                    let findings = try check(input, composer: composer)
                    for finding in findings { print(finding.description) }
                    if !findings.isEmpty { exitCode = max(exitCode, 1) }
                } catch let Composer.Failure.invalidInput(list) {
                    Terminal.error(list.description)
                    exitCode = max(exitCode, 2)
                }
            }
        } catch let failure as Composer.Failure {
            Terminal.error(failure.description)
            throw ExitCode(3)
        } catch let error as ExitCode {
            throw error
        } catch {
            Terminal.error("error: \(error)")
            throw ExitCode(3)
        }
        if exitCode != 0 { throw ExitCode(exitCode) }
    }

    /// The findings of one file, after fixing what can be fixed when --fix is given.
    private func check(_ path: String, composer: Composer) throws -> [Finding] {
        let text = try composer.readText(path: path)   // or says why the file cannot be read
        guard fix else { return try composer.check(text: text, file: path, fix: false).findings }
        // Read again, through any link; the bytes are compared again just before the fix is written.
        let file = try InPlaceEdit(path: path)
        guard let (form, original) = TextFileForm.read(file.original) else {
            throw Composer.Failure.environment("\(path) is no longer UTF-8 text: it changed while it was being checked")
        }
        // Invalid input stops before any fix; after that a fixed text that does not read back is
        // VanBan's own fault, and the file is left as it was.
        let outcome: DocumentCheck
        do {
            outcome = try composer.check(text: original, file: path, fix: true)
        } catch is DocumentCheck.FixDidNotReadBack {
            Terminal.error("\(path): error: the fixed file would not read back; it was left unchanged")
            throw ExitCode(3)
        }
        if outcome.fixedCount > 0 {
            do {
                try file.replace(with: form.restore(outcome.text))
            } catch {
                Terminal.error("error: \(error)")
                throw ExitCode(3)
            }
            Terminal.error("\(path): fixed \(outcome.fixedCount) finding(s)")
        }
        return outcome.findings
    }
}
