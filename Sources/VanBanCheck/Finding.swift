import VanBanModel

/// What a rule found: a message and a hint at the place of the value judged, and, when the
/// correction is safe (zeros, punctuation, NFC, capitals — never wording), the fix.
public struct Finding: Sendable, Hashable, CustomStringConvertible {
    public var rule: String
    public var severity: Diagnostic.Severity
    public var message: String
    public var hint: String?
    public var location: SourceLocation?
    public var fix: Fix?

    public init(rule: String, _ severity: Diagnostic.Severity = .warning, _ message: String, at span: SourceSpan?,
                hint: String? = nil, fix replacement: String? = nil) {
        self.rule = rule
        self.severity = severity
        self.message = message
        self.hint = hint
        self.location = span?.location
        // Compared scalar by scalar: Swift's == would call NFD and NFC spellings equal.
        if let span, let replacement, span.isEditable,
           !replacement.unicodeScalars.elementsEqual(span.written.unicodeScalars) {
            fix = Fix(span: span, replacement: replacement)
        }
    }

    public var diagnostic: Diagnostic { Diagnostic(severity, message, at: location, hint: hint) }

    /// `file.yaml:12:5: warning: message (hint: …) [rule]`
    public var description: String { "\(diagnostic) [\(rule)]" }
}

/// A safe correction: the value written at `span` becomes `replacement`.
public struct Fix: Sendable, Hashable {
    public var span: SourceSpan
    public var replacement: String
}
