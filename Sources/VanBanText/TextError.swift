import VanBanModel

/// A failure inside the text engine: fonts missing, a C library refusing an operation.
/// Said in each language VanBan speaks; `message` and `hint` are the English.
public struct TextError: Error, CustomStringConvertible, Sendable, Bilingual {
    public var phrase: Phrase
    public var hintPhrase: Phrase?

    public init(_ message: Phrase, hint: Phrase? = nil) {
        phrase = message
        hintPhrase = hint
    }

    /// The message in English.
    public var message: String { phrase.english }
    /// The hint in English.
    public var hint: String? { hintPhrase?.english }

    /// `message (hint: …)`, or `… (gợi ý: …)`.
    public func text(_ language: Language) -> String {
        phrase.hinted(hintPhrase).text(language)
    }

    public var description: String { text(.english) }
}
