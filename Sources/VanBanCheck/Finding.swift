import VanBanModel

/// What a rule found: a message and a hint at the place of the value judged, in each language
/// VanBan speaks, and, when the correction is safe (zeros, punctuation, NFC, capitals — never
/// wording), the fix.
public struct Finding: Sendable, Hashable, CustomStringConvertible, Bilingual {
    public var rule: String
    public var severity: Diagnostic.Severity
    public var phrase: Phrase
    public var hintPhrase: Phrase?
    public var location: SourceLocation?
    public var fix: Fix?

    public init(rule: String, _ severity: Diagnostic.Severity = .warning, _ message: Phrase, at span: SourceSpan?,
                hint: Phrase? = nil, fix replacement: String? = nil) {
        self.rule = rule
        self.severity = severity
        phrase = message
        hintPhrase = hint
        self.location = span?.location
        // Compared scalar by scalar: Swift's == would call NFD and NFC spellings equal.
        if let span, let replacement, span.isEditable,
           !replacement.unicodeScalars.elementsEqual(span.written.unicodeScalars) {
            fix = Fix(span: span, replacement: replacement)
        }
    }

    /// The message in English.
    public var message: String { phrase.english }
    /// The hint in English.
    public var hint: String? { hintPhrase?.english }

    public var diagnostic: Diagnostic { Diagnostic(severity, phrase, at: location, hint: hintPhrase) }

    /// `file.yaml:12:5: warning: message (hint: …) [rule]`, or
    /// `file.yaml:12:5: cảnh báo: … (gợi ý: …) [rule]`: the rule's name is the same in both.
    public func text(_ language: Language) -> String { "\(diagnostic.text(language)) [\(rule)]" }

    public var description: String { text(.english) }
}

/// A safe correction: the value written at `span` becomes `replacement`.
public struct Fix: Sendable, Hashable {
    public var span: SourceSpan
    public var replacement: String
}
