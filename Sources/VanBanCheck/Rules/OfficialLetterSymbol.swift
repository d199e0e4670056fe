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
            return [finding(Phrase(en: "the ký hiệu '\(written)' contains a space or '/'",
                                   vi: "ký hiệu '\(written)' có dấu cách hoặc dấu '/'"), at: span,
                            hint: Phrase(en: "write the groups joined by '-' with no spaces, e.g. KH-UBND; the number goes in `number`, a legal-normative number's year before the groups (2022/NQ-HĐND)",
                                         vi: "viết các nhóm chữ nối bằng '-' không có dấu cách, ví dụ KH-UBND; số văn bản ghi ở `number`, năm ban hành của văn bản quy phạm pháp luật ghi trước các nhóm chữ (2022/NQ-HĐND)"))]
        }
        let groups = symbol.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        if groups.contains(where: \.isEmpty) {
            return [finding(Phrase(en: "the ký hiệu '\(written)' has an empty group", vi: "ký hiệu '\(written)' có nhóm chữ trống"),
                            at: span, hint: Phrase(en: "remove the doubled or trailing '-'", vi: "bỏ dấu '-' bị lặp hoặc thừa ở cuối"))]
        }
        guard source.document.isOfficialLetter else { return [] }
        if groups.count < 2 {
            return [finding(Phrase(en: "a công văn's ký hiệu '\(written)' needs the issuer and the drafting unit",
                                   vi: "ký hiệu công văn '\(written)' cần có chữ viết tắt của cơ quan ban hành và của đơn vị soạn thảo"),
                            at: span, hint: Phrase(en: "write issuer-unit, e.g. UBND-VX", vi: "viết cơ quan-đơn vị, ví dụ UBND-VX"))]
        }
        if Forms.all.contains(where: { $0.symbolCode == groups[0] }) || Forms.copyCodes.values.contains(groups[0]) {
            return [finding(Phrase(en: "a công văn's ký hiệu '\(written)' starts with the type abbreviation '\(groups[0])'",
                                   vi: "ký hiệu công văn '\(written)' bắt đầu bằng chữ viết tắt tên loại '\(groups[0])'"), at: span,
                            hint: Phrase(en: "a công văn has no type abbreviation: write issuer-unit, e.g. UBND-VX",
                                         vi: "công văn không có chữ viết tắt tên loại: viết cơ quan-đơn vị, ví dụ UBND-VX"))]
        }
        return []
    }
}
