/// A problem found in the user's input, reported with where it is and how to fix it,
/// in each language VanBan speaks (`Phrase`).
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible, Error {
    public enum Severity: String, Sendable, Hashable {
        case error, warning

        /// The word before the message: `error` / `lỗi`.
        public func word(_ language: Language) -> String {
            switch (self, language) {
            case (.error, .english): "error"
            case (.warning, .english): "warning"
            case (.error, .vietnamese): "lỗi"
            case (.warning, .vietnamese): "cảnh báo"
            }
        }
    }

    public var severity: Severity
    public var phrase: Phrase
    public var location: SourceLocation?
    public var hintPhrase: Phrase?

    public init(_ message: Phrase, at location: SourceLocation?, hint: Phrase? = nil) {
        self.init(.error, message, at: location, hint: hint)
    }

    public init(_ severity: Severity, _ message: Phrase, at location: SourceLocation?, hint: Phrase? = nil) {
        self.severity = severity
        phrase = message
        self.location = location
        hintPhrase = hint
    }

    /// The message in English.
    public var message: String { phrase.english }
    /// The hint in English.
    public var hint: String? { hintPhrase?.english }

    /// `file.yaml:12:5: error: message (hint: …)` in English, or
    /// `file.yaml:12:5: lỗi: … (gợi ý: …)` in Vietnamese.
    public func text(_ language: Language) -> String {
        var text = ""
        if let location { text += "\(location): " }
        text += "\(severity.word(language)): \(phrase.hinted(hintPhrase).text(language))"
        return text
    }

    /// `file.yaml:12:5: error: message (hint: …)`
    public var description: String { text(.english) }
}

/// Every problem of an input at once: decoding collects them all, then stops.
public struct DiagnosticList: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]
    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
    public func text(_ language: Language) -> String { diagnostics.map { $0.text(language) }.joined(separator: "\n") }
    public var description: String { text(.english) }
}
