import VanBanModel

/// Ký hiệu = type abbreviation + issuer (`83/KH-UBND`): the first group must be the
/// abbreviation of the document's type (nd30.md §8), after the year of a legal-normative number
/// (`2022/NQ-HĐND`, see `SymbolYear`).
struct SymbolMatchesType: Rule {
    let id = "symbol-matches-type"

    func findings(in source: SourcedDocument) -> [Finding] {
        let document = source.document
        guard let expected = document.form.symbolCode, !document.symbol.isEmpty else { return [] }
        let symbol = SymbolYear.withoutYear(document.symbol)
        let first = symbol.split(separator: "-", omittingEmptySubsequences: false).first.map(String.init) ?? ""
        guard first != expected else { return [] }
        let rest = symbol.split(separator: "-").dropFirst().joined(separator: "-")
        let year = String(document.symbol.dropLast(symbol.count))
        let suggestion = year + expected + "-" + (rest.isEmpty ? "UBND" : rest)
        return [finding(severity: .error,
                        Phrase(en: "the ký hiệu '\(document.symbol)' does not start with '\(expected)', the abbreviation of \(document.type)",
                               vi: "ký hiệu '\(document.symbol)' không bắt đầu bằng '\(expected)', chữ viết tắt của \(document.type)"),
                        at: source.sourceMap["symbol"],
                        hint: Phrase(en: "write symbol: \(suggestion) (Decree 30, Annex III), or correct the type",
                                     vi: "ghi symbol: \(suggestion) (Nghị định 30, Phụ lục III), hoặc sửa lại tên loại văn bản (`type`)"))]
    }
}
