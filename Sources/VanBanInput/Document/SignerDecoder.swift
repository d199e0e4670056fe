import VanBanModel
import Yams

/// Decodes who signs: `signer` for one, or `signers` for two side by side (a biên bản's
/// secretary and chair, the heads of a joint document), the first on the left.
struct SignerDecoder {
    let reader: NodeReader

    /// Two signers stand side by side; the decree's forms have no more.
    static let most = 2

    func signers(one: Node?, many: Node?) -> [Signer] {
        if let one, let many {
            reader.error(Phrase(en: "both signer and signers are given", vi: "có cả signer lẫn signers"), at: many,
                         hint: Phrase(en: "write one signer under `signer`, or a list of two under `signers`",
                                      vi: "ghi một người ký dưới `signer`, hoặc danh sách hai người ký dưới `signers`"))
            _ = one
            return []
        }
        if let one { return signer(one, path: "signer").map { [$0] } ?? [] }
        guard let many, let items = reader.sequence(many, what: .key("signers")) else { return [] }
        if items.count > Self.most {
            reader.error(Phrase(en: "\(items.count) signers are given; at most \(Self.most) stand side by side",
                                vi: "có \(items.count) người ký; tối đa \(Self.most) người ký đứng cạnh nhau"), at: many,
                         hint: Phrase(en: "list the two who sign; the others go in the text",
                                      vi: "chỉ ghi hai người ký; những người khác đưa vào nội dung"))
        }
        if items.isEmpty {
            reader.error(Phrase(en: "signers is empty", vi: "signers trống"), at: many,
                         hint: Phrase(en: "list who signs, or leave the key out", vi: "ghi danh sách người ký, hoặc bỏ khóa này đi"))
        }
        return items.prefix(Self.most).enumerated().compactMap { index, item in signer(item, path: "signers[\(index)]") }
    }

    func signer(_ node: Node, path: String) -> Signer? {
        reader.record(reader.span(node), path: path)
        guard let fields = reader.mapping(node, allowed: InputKeys.signer, required: ["name"],
                                          what: path.hasPrefix("signers") ? Phrase(en: "a signer", vi: "một người ký") : .key("signer"))
        else { return nil }
        return Signer(
            authority: fields["authority"].flatMap { reader.string($0, what: .key("\(path).authority"), path: "\(path).authority") },
            title: fields["title"].flatMap { reader.lines($0, what: .key("\(path).title"), path: "\(path).title") } ?? [],
            name: fields["name"].flatMap { reader.string($0, what: .key("\(path).name"), path: "\(path).name") } ?? "")
    }
}
