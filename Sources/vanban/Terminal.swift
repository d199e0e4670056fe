import Foundation
import VanBanModel

/// Messages for the user, on standard error, in the language of the run (`CommandLineLanguage`).
enum Terminal {
    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    static func say(_ phrase: Phrase) { error(phrase.chosen) }

    static func report(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics { error(diagnostic.text(CommandLineLanguage.current)) }
    }

    /// A library error in its own words: a `Composer.Failure` or a diagnostic list already
    /// says "error: …" itself.
    static func report(_ error: any Error) {
        self.error(CommandLineLanguage.current.text(of: error))
    }

    /// An error that does not say what it is (a system error, a failure of the run itself),
    /// after the word "error" / "lỗi".
    static func reportUnexpected(_ error: any Error) {
        let language = CommandLineLanguage.current
        self.error("\(Diagnostic.Severity.error.word(language)): \(language.text(of: error))")
    }
}
