import VanBanModel

/// Số below 10 is written with a leading zero: `05/KH-UBND`, `05/2022/NQ-HĐND` (nd30.md §2).
struct NumberLeadingZero: Rule {
    let id = "number-leading-zero"

    func findings(in source: SourcedDocument) -> [Finding] {
        guard let written = source.document.number else { return [] }
        let number = SymbolYear.withoutYear(number: written)
        guard number.count == 1, number.allSatisfy(\.isWholeNumber) else { return [] }
        return [finding("the number '\(number)' needs a leading zero", at: source.sourceMap["number"],
                        hint: "write 0\(number); a number below 10 is printed with a leading zero",
                        fix: { "0" + $0.trimmingCharacters(in: .whitespaces) })]
    }
}
