import VanBanCheck
import VanBanModel

/// `vanban check [--fix]` on one document's text, shared by the command line and the service's
/// `/v1/check`: the findings, and with `fix` the corrected text.
public struct DocumentCheck: Sendable {
    /// What is still wrong (after fixing, when asked to fix), in file order.
    public var findings: [Finding]
    /// The corrected text; equal to the input when nothing was fixed or fixing was not asked.
    public var text: String
    public var fixedCount: Int

    /// A fixed text that no longer reads is VanBan's own fault, never the input's.
    public struct FixDidNotReadBack: Error {}
}

extension Composer {
    /// Throws `Failure.invalidInput` when the text does not read (before any fix), and
    /// `DocumentCheck.FixDidNotReadBack` when a fix broke it (the caller keeps the original).
    public func check(text: String, file: String, fix: Bool) throws -> DocumentCheck {
        let source = try readSourced(text: text, file: file)
        guard fix else { return DocumentCheck(findings: DocumentChecker.check(source), text: text, fixedCount: 0) }
        do {
            let outcome = try DocumentChecker.fix(text) { try readSourced(text: $0, file: file) }
            return DocumentCheck(findings: outcome.findings, text: outcome.text, fixedCount: outcome.fixedCount)
        } catch {
            throw DocumentCheck.FixDidNotReadBack()
        }
    }
}
