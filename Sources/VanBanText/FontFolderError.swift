import VanBanModel

/// A font folder that cannot give VanBan one family's four faces: the user's choice of `--fonts`
/// or `--font-family` is wrong (exit 2 with a hint), unlike a failing C library (`TextError`).
/// Said in each language VanBan speaks; `message` and `hint` are the English.
public struct FontFolderError: Error, CustomStringConvertible, Sendable, Bilingual {
    public var phrase: Phrase
    public var hintPhrase: Phrase

    public init(_ message: Phrase, hint: Phrase) {
        phrase = message
        hintPhrase = hint
    }

    /// The message in English.
    public var message: String { phrase.english }
    /// The hint in English.
    public var hint: String { hintPhrase.english }

    /// `message (hint: …)`, or `… (gợi ý: …)`.
    public func text(_ language: Language) -> String {
        phrase.hinted(hintPhrase).text(language)
    }

    public var description: String { text(.english) }
}
