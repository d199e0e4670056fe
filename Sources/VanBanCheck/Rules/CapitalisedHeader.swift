import VanBanModel

/// Tên cơ quan, the signer's quyền hạn and chức vụ, and appendix titles are printed in
/// capitals as written, so they must be written in capitals (nd30.md §2, §4, §6).
struct CapitalisedHeader: Rule {
    let id = "capitals"

    func findings(in source: SourcedDocument) -> [Finding] {
        let document = source.document
        var lines: [(what: String, path: String, text: String)] = []
        lines += document.issuer.parent.enumerated().map { ("the parent body", "issuer.parent[\($0)]", $1) }
        lines += document.issuer.name.enumerated().map { ("the issuer", "issuer.name[\($0)]", $1) }
        if let authority = document.signer?.authority {
            lines.append(("the signer's authority", "signer.authority", authority))
        }
        lines += (document.signer?.title ?? []).enumerated().map { ("the signer's title", "signer.title[\($0)]", $1) }
        for (index, appendix) in document.appendices.enumerated() {
            lines += appendix.title.enumerated().map { ("the appendix title", "appendices[\(index)].title[\($0)]", $1) }
        }
        return lines.compactMap { what, path, text in
            guard text != text.uppercased() else { return nil }
            return finding("\(what) '\(text)' is not in capitals", at: source.sourceMap[path],
                           hint: "write \(text.uppercased())", fix: { $0.uppercased() })
        }
    }
}
