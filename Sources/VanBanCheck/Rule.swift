import VanBanModel

/// One Decree 30 rule (nd30.md): it reads the document and says where it is broken.
/// Each rule lives in its own file under Rules/, with its messages and hints.
public protocol Rule: Sendable {
    /// A short name printed after each finding, e.g. `symbol-matches-type`.
    var id: String { get }
    func findings(in source: SourcedDocument) -> [Finding]
}

extension Rule {
    /// A finding at `span`; `fix` turns the value as written into its safe correction.
    func finding(severity: Diagnostic.Severity = .warning, _ message: Phrase, at span: SourceSpan?,
                 hint: Phrase? = nil, fix: ((String) -> String)? = nil) -> Finding {
        let replacement = span.flatMap { span in fix.map { $0(span.written) } }
        return Finding(rule: id, severity, message, at: span, hint: hint, fix: replacement)
    }
}
