import VanBanModel

/// Quyền hạn of the signer starts with one of TM., KT., Q., TL., TUQ. (nd30.md §4, box 7a).
struct AuthorityPrefix: Rule {
    let id = "authority-prefix"
    static let prefixes = ["TM.", "KT.", "Q.", "TL.", "TUQ."]

    func findings(in source: SourcedDocument) -> [Finding] {
        guard let signer = source.document.signer else { return [] }
        var findings: [Finding] = []
        if let authority = signer.authority {
            findings += judge(authority, at: source.sourceMap["signer.authority"], required: true)
        }
        for (index, line) in signer.title.enumerated() {
            findings += judge(line, at: source.sourceMap["signer.title[\(index)]"], required: false)
        }
        return findings
    }

    /// `required`: the authority line must have a prefix; a title line only if it looks like one.
    private func judge(_ line: String, at span: SourceSpan?, required: Bool) -> [Finding] {
        let first = line.split(separator: " ").first.map(String.init) ?? ""
        if Self.prefixes.contains(first) { return [] }
        let list = Self.prefixes.joined(separator: ", ")
        // "TM ỦY BAN", "KT CHỦ TỊCH": the prefix without its dot.
        if let bare = Self.prefixes.first(where: { first == String($0.dropLast()) }) {
            return [finding(Phrase(en: "the signer's '\(first)' needs its dot: '\(bare)'",
                                   vi: "'\(first)' của người ký cần có dấu chấm: '\(bare)'"), at: span,
                            hint: Phrase(en: "the prefixes are \(list)", vi: "quyền hạn ký được ghi bằng một trong các chữ \(list)"),
                            fix: { written in
                                guard let range = written.range(of: first) else { return written }
                                return written.replacingCharacters(in: range, with: bare)
                            })]
        }
        guard required else { return [] }
        return [finding(Phrase(en: "the signer's authority '\(line)' does not start with \(list)",
                               vi: "quyền hạn của người ký '\(line)' không bắt đầu bằng một trong các chữ \(list)"), at: span,
                        hint: Phrase(en: "e.g. TM. ỦY BAN NHÂN DÂN, or put the line in `title` if it is the signer's own title",
                                     vi: "ví dụ TM. ỦY BAN NHÂN DÂN; nếu dòng này là chức vụ của người ký thì ghi vào `title`"))]
    }
}
