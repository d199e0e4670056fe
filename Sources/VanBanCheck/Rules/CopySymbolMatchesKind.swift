import VanBanModel

/// A paper copy's ký hiệu starts with the code of its kind (Phụ lục III, table I): SY for a bản
/// sao y, SL for a bản sao lục, TrS for a bản trích sao, then the copying body (`03/SY-UBND`).
struct CopySymbolMatchesKind: Rule {
    let id = "copy-symbol"

    func findings(in source: SourcedDocument) -> [Finding] {
        guard let copy = source.document.copy, !copy.symbol.isEmpty else { return [] }
        let expected = copy.kind.symbolCode
        let groups = copy.symbol.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard groups[0] != expected else { return [] }
        let rest = groups.count > 1 ? groups.dropFirst().joined(separator: "-") : "UBND"
        return [finding(severity: .error,
                        Phrase(en: "the copy's ký hiệu '\(copy.symbol)' does not start with '\(expected)', the code of a bản \(copy.kind.rawValue)",
                               vi: "ký hiệu của bản sao '\(copy.symbol)' không bắt đầu bằng '\(expected)', chữ viết tắt của bản \(copy.kind.rawValue)"),
                        at: source.sourceMap["copy.symbol"],
                        hint: Phrase(en: "write symbol: \(expected)-\(rest) under `copy` (Decree 30, Annex III, table I)",
                                     vi: "ghi symbol: \(expected)-\(rest) trong `copy` (Nghị định 30, Phụ lục III, bảng I)"))]
    }
}
