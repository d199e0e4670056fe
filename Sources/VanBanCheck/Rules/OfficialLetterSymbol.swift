import VanBanModel

/// A công văn's ký hiệu is the issuer's abbreviation plus the drafting unit's (`12/UBND-VX`),
/// with no type abbreviation; every ký hiệu is groups joined by "-" without spaces (nd30.md §2, §8),
/// after the year of a legal-normative number (`2022/NQ-HĐND`, see `SymbolYear`).
struct OfficialLetterSymbol: Rule {
    let id = "symbol-shape"

    func findings(in source: SourcedDocument) -> [Finding] {
        let written = source.document.symbol
        let symbol = SymbolYear.withoutYear(written)
        let span = source.sourceMap["symbol"]
        guard !symbol.isEmpty else { return [] }
        if symbol.contains(" ") || symbol.contains("/") {
            return [finding("the ký hiệu '\(written)' contains a space or '/'", at: span,
                            hint: "write the groups joined by '-' with no spaces, e.g. KH-UBND; the number goes in `number`, a legal-normative number's year before the groups (2022/NQ-HĐND)")]
        }
        let groups = symbol.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        if groups.contains(where: \.isEmpty) {
            return [finding("the ký hiệu '\(written)' has an empty group", at: span, hint: "remove the doubled or trailing '-'")]
        }
        guard source.document.isOfficialLetter else { return [] }
        if groups.count < 2 {
            return [finding("a công văn's ký hiệu '\(written)' needs the issuer and the drafting unit", at: span,
                            hint: "write issuer-unit, e.g. UBND-VX")]
        }
        if Forms.all.contains(where: { $0.symbolCode == groups[0] }) || Forms.copyCodes.values.contains(groups[0]) {
            return [finding("a công văn's ký hiệu '\(written)' starts with the type abbreviation '\(groups[0])'", at: span,
                            hint: "a công văn has no type abbreviation: write issuer-unit, e.g. UBND-VX")]
        }
        return []
    }
}
