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
            reader.error("both signer and signers are given", at: many,
                         hint: "write one signer under `signer`, or a list of two under `signers`")
            _ = one
            return []
        }
        if let one { return signer(one, path: "signer").map { [$0] } ?? [] }
        guard let many, let items = reader.sequence(many, what: "signers") else { return [] }
        if items.count > Self.most {
            reader.error("\(items.count) signers are given; at most \(Self.most) stand side by side", at: many,
                         hint: "list the two who sign; the others go in the text")
        }
        if items.isEmpty {
            reader.error("signers is empty", at: many, hint: "list who signs, or leave the key out")
        }
        return items.prefix(Self.most).enumerated().compactMap { index, item in signer(item, path: "signers[\(index)]") }
    }

    func signer(_ node: Node, path: String) -> Signer? {
        reader.record(reader.span(node), path: path)
        guard let fields = reader.mapping(node, allowed: InputKeys.signer, required: ["name"],
                                          what: path.hasPrefix("signers") ? "a signer" : "signer") else { return nil }
        return Signer(
            authority: fields["authority"].flatMap { reader.string($0, what: "\(path).authority", path: "\(path).authority") },
            title: fields["title"].flatMap { reader.lines($0, what: "\(path).title", path: "\(path).title") } ?? [],
            name: fields["name"].flatMap { reader.string($0, what: "\(path).name", path: "\(path).name") } ?? "")
    }
}
