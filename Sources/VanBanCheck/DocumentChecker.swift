import VanBanModel

/// Runs every rule on a document, without laying it out, and lists the findings in file order.
public enum DocumentChecker {
    public static let rules: [any Rule] = [
        SymbolMatchesType(), OfficialLetterSymbol(), NumberLeadingZero(), DateLeadingZeros(), DateExists(),
        PlaceCapitalised(), AuthorityPrefix(), CapitalisedHeader(), BasesPunctuation(), AddresseesPunctuation(), RecipientsPunctuation(),
        BodyEndMark(), EmptySection(), SectionNumbering(), LegacyEncoding(), NormalisedText(), FormParts(), CopySymbolMatchesKind(),
    ]

    public static func check(_ source: SourcedDocument) -> [Finding] {
        rules.flatMap { $0.findings(in: source) }.sorted { a, b in
            let left = a.location.map { ($0.line, $0.column) } ?? (0, 0)
            let right = b.location.map { ($0.line, $0.column) } ?? (0, 0)
            return left < right
        }
    }
}

extension DocumentChecker {
    public struct FixOutcome {
        /// The corrected text; equal to the input when nothing could be fixed.
        public var text: String
        public var fixedCount: Int
        /// What is still wrong after fixing.
        public var findings: [Finding]
    }

    /// Applies the safe fixes until none is left, re-reading the text after every pass to prove
    /// it still reads (`read` throws otherwise) and to see the findings it leaves. A value that
    /// needs two fixes (capitals and NFC) gets one per pass.
    public static func fix(_ text: String, read: (String) throws -> SourcedDocument) throws -> FixOutcome {
        var outcome = FixOutcome(text: text, fixedCount: 0, findings: check(try read(text)))
        for _ in 0..<4 {
            let result = SourceFixer.apply(outcome.findings.compactMap(\.fix), to: outcome.text)
            guard !result.applied.isEmpty else { break }
            let source = try read(result.text)
            outcome = FixOutcome(text: result.text, fixedCount: outcome.fixedCount + result.applied.count,
                                 findings: check(source))
        }
        return outcome
    }
}
