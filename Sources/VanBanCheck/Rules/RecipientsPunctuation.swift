import VanBanModel

/// Nơi nhận: each recipient ends with ";", the last of a group with "."; the list closes with
/// "Lưu: VT, <drafting unit>." (nd30.md §4, box 9b). Layout prints the "- " before each line.
struct RecipientsPunctuation: Rule {
    let id = "recipients-punctuation"

    func findings(in source: SourcedDocument) -> [Finding] {
        let groups = source.document.recipients
        var findings: [Finding] = []
        for (groupIndex, group) in groups.enumerated() {
            for (index, item) in group.items.enumerated() {
                let text = item.plain
                let span = source.sourceMap["recipients[\(groupIndex)][\(index)]"]
                if text.hasPrefix("- ") {
                    findings.append(finding("the recipient '\(text)' starts with '- ', which is printed for it", at: span,
                                            hint: "write the recipient without the dash"))
                }
                let isLast = index == group.items.count - 1
                let mark = isLast ? "." : ";"
                if !Punctuation.endsWith(text, mark) {
                    findings.append(finding("the recipient '\(text)' should end with '\(mark)'", at: span,
                                            hint: "each recipient ends with ';', the last of the list with '.'",
                                            fix: { Punctuation.ending($0, with: mark) }))
                }
                if isLast, groupIndex == groups.count - 1 {
                    findings += archiveLine(text, at: span)
                }
            }
        }
        return findings
    }

    /// "Lưu: VT, TCCB." — the filing line: "Lưu" and a colon, the văn thư first.
    private func archiveLine(_ text: String, at span: SourceSpan?) -> [Finding] {
        let hint = "the last recipient is the filing line, e.g. \"Lưu: VT, TCCB.\" (VT = văn thư, then the drafting unit)"
        guard text.hasPrefix("Lưu") else {
            return [finding("the recipients do not end with the filing line 'Lưu: VT, …'", at: span, hint: hint)]
        }
        let rest = text.dropFirst(3).trimmingCharacters(in: .whitespaces)
        guard rest.hasPrefix(":") else {
            return [finding("the filing line '\(text)' needs a colon after 'Lưu'", at: span, hint: hint,
                            fix: { written in
                                guard let range = written.range(of: "Lưu") else { return written }
                                let after = written[range.upperBound...].drop(while: { $0 == " " })
                                return written[..<range.upperBound] + ": " + after
                            })]
        }
        guard rest.dropFirst().trimmingCharacters(in: .whitespaces).hasPrefix("VT") else {
            return [finding("the filing line '\(text)' does not name VT (văn thư) first", at: span, hint: hint)]
        }
        return []
    }
}
