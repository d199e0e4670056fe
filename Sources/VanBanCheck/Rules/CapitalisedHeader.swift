import VanBanModel

/// Tên cơ quan, the signer's quyền hạn and chức vụ, and appendix titles are printed in
/// capitals as written, so they must be written in capitals (nd30.md §2, §4, §6).
struct CapitalisedHeader: Rule {
    let id = "capitals"

    func findings(in source: SourcedDocument) -> [Finding] {
        let document = source.document
        let parent = Phrase(en: "the parent body", vi: "tên cơ quan chủ quản")
        let issuer = Phrase(en: "the issuer", vi: "tên cơ quan ban hành")
        let signerTitle = Phrase(en: "the signer's title", vi: "chức vụ của người ký")
        let appendixTitle = Phrase(en: "the appendix title", vi: "tên phụ lục")
        var lines: [(what: Phrase, path: String, text: String)] = []
        lines += document.issuer.parent.enumerated().map { (parent, "issuer.parent[\($0)]", $1) }
        lines += document.issuer.name.enumerated().map { (issuer, "issuer.name[\($0)]", $1) }
        if let authority = document.signer?.authority {
            lines.append((Phrase(en: "the signer's authority", vi: "quyền hạn của người ký"), "signer.authority", authority))
        }
        lines += (document.signer?.title ?? []).enumerated().map { (signerTitle, "signer.title[\($0)]", $1) }
        for (index, appendix) in document.appendices.enumerated() {
            lines += appendix.title.enumerated().map { (appendixTitle, "appendices[\(index)].title[\($0)]", $1) }
        }
        return lines.compactMap { what, path, text in
            guard text != text.uppercased() else { return nil }
            return finding(what + Phrase(en: " '\(text)' is not in capitals", vi: " '\(text)' chưa viết bằng chữ in hoa"),
                           at: source.sourceMap[path],
                           hint: Phrase(en: "write \(text.uppercased())", vi: "viết là \(text.uppercased())"), fix: { $0.uppercased() })
        }
    }
}
