import VanBanModel

/// Ký hiệu = type abbreviation + issuer (`83/KH-UBND`): the first group must be the
/// abbreviation of the document's type (nd30.md §8).
struct SymbolMatchesType: Rule {
    let id = "symbol-matches-type"

    func findings(in source: SourcedDocument) -> [Finding] {
        let document = source.document
        guard let expected = document.form.symbolCode, !document.symbol.isEmpty else { return [] }
        let first = document.symbol.split(separator: "-", omittingEmptySubsequences: false).first.map(String.init) ?? ""
        guard first != expected else { return [] }
        let rest = document.symbol.split(separator: "-").dropFirst().joined(separator: "-")
        let suggestion = expected + "-" + (rest.isEmpty ? "UBND" : rest)
        return [finding(severity: .error,
                        "the ký hiệu '\(document.symbol)' does not start with '\(expected)', the abbreviation of \(document.type)",
                        at: source.sourceMap["symbol"],
                        hint: "write symbol: \(suggestion) (Decree 30, Annex III), or correct the type")]
    }
}
