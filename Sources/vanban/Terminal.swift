import Foundation
import VanBan
import VanBanModel

/// Messages for the user, on standard error, in the language of the run (`CommandLineLanguage`).
enum Terminal {
    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    static func say(_ phrase: Phrase) { error(phrase.chosen) }

    /// What the library says, in the language of the run when it is `Bilingual`, else in the
    /// English of its `description` (the library's types become bilingual one by one).
    static func text(of value: some CustomStringConvertible) -> String {
        (value as? any Bilingual)?.text(CommandLineLanguage.current) ?? value.description
    }

    static func report(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics { error(diagnostic.text(CommandLineLanguage.current)) }
    }

    /// A library error in its own words: a `Composer.Failure` or a diagnostic list already
    /// says "error: …" itself.
    static func report(_ error: any Error) {
        let language = CommandLineLanguage.current
        // The input's problems read in the language of the run even while `Composer.Failure` itself
        // is English-only: its list of diagnostics is bilingual already.
        if !(error is any Bilingual), case let .invalidInput(list)? = error as? Composer.Failure {
            self.error(list.text(language))
        } else {
            self.error(language.text(of: error))
        }
    }

    /// An error that does not say what it is (a system error, a failure of the run itself),
    /// after the word "error" / "lỗi".
    static func reportUnexpected(_ error: any Error) {
        let language = CommandLineLanguage.current
        self.error("\(Diagnostic.Severity.error.word(language)): \(language.text(of: error))")
    }
}
