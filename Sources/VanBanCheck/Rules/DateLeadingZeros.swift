import VanBanModel

/// Days below 10 and the months 1 and 2 take a leading zero, other months none:
/// "ngày 05 tháng 02", "ngày 20 tháng 9" (nd30.md §2).
struct DateLeadingZeros: Rule {
    let id = "date-leading-zeros"

    func findings(in source: SourcedDocument) -> [Finding] {
        let date = source.document.date
        var findings: [Finding] = []
        if let day = number(date.day), day < 10, date.day != "0\(day)" {
            findings.append(finding(Phrase(en: "the day '\(date.day!)' needs a leading zero",
                                           vi: "ngày '\(date.day!)' cần thêm số 0 ở trước"), at: source.sourceMap["date.day"],
                                    hint: Phrase(en: "write 0\(day): days below 10 are written with two digits",
                                                 vi: "viết 0\(day): ngày nhỏ hơn 10 được viết bằng hai chữ số"),
                                    fix: { _ in "0\(day)" }))
        }
        if let month = number(date.month) {
            let expected = month <= 2 ? "0\(month)" : String(month)
            if date.month != expected, (1...12).contains(month) {
                findings.append(finding(
                    Phrase(en: "the month '\(date.month!)' is written '\(expected)' in a date",
                           vi: "tháng '\(date.month!)' được viết là '\(expected)' trong ngày tháng"), at: source.sourceMap["date.month"],
                    hint: Phrase(en: "months 1 and 2 take a leading zero (01, 02), the others none (3 … 12)",
                                 vi: "tháng 1 và tháng 2 thêm số 0 ở trước (01, 02), các tháng khác thì không (3 … 12)"),
                    fix: { _ in expected }))
            }
        }
        return findings
    }

    private func number(_ text: String?) -> Int? {
        guard let text, !text.isEmpty, text.allSatisfy(\.isWholeNumber) else { return nil }
        return Int(text)
    }
}
