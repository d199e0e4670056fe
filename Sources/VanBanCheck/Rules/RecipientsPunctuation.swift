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
                    findings.append(finding(Phrase(en: "the recipient '\(text)' starts with '- ', which is printed for it",
                                                   vi: "nơi nhận '\(text)' bắt đầu bằng '- ', dấu này đã được in sẵn"), at: span,
                                            hint: Phrase(en: "write the recipient without the dash",
                                                         vi: "ghi nơi nhận không có dấu gạch đầu dòng")))
                }
                let isLast = index == group.items.count - 1
                let mark = isLast ? "." : ";"
                if !Punctuation.endsWith(text, mark) {
                    findings.append(finding(Phrase(en: "the recipient '\(text)' should end with '\(mark)'",
                                                   vi: "nơi nhận '\(text)' cần kết thúc bằng dấu '\(mark)'"), at: span,
                                            hint: Phrase(en: "each recipient ends with ';', the last of the list with '.'",
                                                         vi: "mỗi nơi nhận kết thúc bằng dấu ';', nơi cuối danh sách bằng dấu '.'"),
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
        let hint = Phrase(en: "the last recipient is the filing line, e.g. \"Lưu: VT, TCCB.\" (VT = văn thư, then the drafting unit)",
                          vi: "nơi nhận cuối cùng là dòng lưu, ví dụ \"Lưu: VT, TCCB.\" (VT là văn thư, sau đó là đơn vị soạn thảo)")
        guard text.hasPrefix("Lưu") else {
            return [finding(Phrase(en: "the recipients do not end with the filing line 'Lưu: VT, …'",
                                   vi: "danh sách nơi nhận không kết thúc bằng dòng lưu 'Lưu: VT, …'"), at: span, hint: hint)]
        }
        let rest = text.dropFirst(3).trimmingCharacters(in: .whitespaces)
        guard rest.hasPrefix(":") else {
            return [finding(Phrase(en: "the filing line '\(text)' needs a colon after 'Lưu'",
                                   vi: "dòng lưu '\(text)' cần dấu hai chấm sau 'Lưu'"), at: span, hint: hint,
                            fix: { written in
                                guard let range = written.range(of: "Lưu") else { return written }
                                let after = written[range.upperBound...].drop(while: { $0 == " " })
                                return written[..<range.upperBound] + ": " + after
                            })]
        }
        guard rest.dropFirst().trimmingCharacters(in: .whitespaces).hasPrefix("VT") else {
            return [finding(Phrase(en: "the filing line '\(text)' does not name VT (văn thư) first",
                                   vi: "dòng lưu '\(text)' không ghi VT (văn thư) đầu tiên"), at: span, hint: hint)]
        }
        return []
    }
}
