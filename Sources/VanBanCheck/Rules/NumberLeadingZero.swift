import VanBanModel

/// Số below 10 is written with a leading zero: `05/KH-UBND`, `05/2022/NQ-HĐND` (nd30.md §2).
struct NumberLeadingZero: Rule {
    let id = "number-leading-zero"

    func findings(in source: SourcedDocument) -> [Finding] {
        guard let written = source.document.number else { return [] }
        let number = SymbolYear.withoutYear(number: written)
        guard number.count == 1, number.allSatisfy(\.isWholeNumber) else { return [] }
        return [finding(Phrase(en: "the number '\(number)' needs a leading zero", vi: "số '\(number)' cần thêm số 0 ở trước"),
                        at: source.sourceMap["number"],
                        hint: Phrase(en: "write 0\(number); a number below 10 is printed with a leading zero",
                                     vi: "viết 0\(number); số văn bản nhỏ hơn 10 được ghi thêm số 0 ở trước"),
                        fix: { "0" + $0.trimmingCharacters(in: .whitespaces) })]
    }
}
