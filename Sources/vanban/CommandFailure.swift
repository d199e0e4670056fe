import VanBanModel

/// A failure of the run that is not the input's fault (a file that cannot be read or written, an
/// output that would destroy an input): exit code 3, printed after "error: " / "lỗi: ", in the
/// language of the run.
struct CommandFailure: Error, Bilingual, CustomStringConvertible {
    var phrase: Phrase

    init(_ phrase: Phrase) { self.phrase = phrase }

    func text(_ language: Language) -> String { phrase.text(language) }
    var description: String { phrase.english }
}
