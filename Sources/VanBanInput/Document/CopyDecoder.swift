import VanBanModel
import Yams

/// Decodes `copy`: a paper copy's block (Mẫu 3.1) with the copying body's own name, number,
/// place, date, Nơi nhận and signer. Number, date, recipients and signer read as the document's
/// own, under the source-map paths "copy.number", "copy.date" …
struct CopyDecoder {
    let reader: NodeReader
    let document: DocumentDecoder

    func copy(_ node: Node) -> PaperCopy? {
        reader.record(reader.span(node), path: "copy")
        guard let fields = reader.mapping(node, allowed: InputKeys.copy,
                                          required: ["kind", "issuer", "symbol", "place", "date", "signer"],
                                          what: .key("copy")) else { return nil }
        let kind = fields["kind"].flatMap(kind)
        let issuer = fields["issuer"].flatMap { reader.lines($0, what: .key("copy.issuer"), path: "copy.issuer") } ?? []
        let number = fields["number"].flatMap { document.number($0, path: "copy.number") }
        let symbol = fields["symbol"].flatMap { reader.string($0, what: .key("copy.symbol"), path: "copy.symbol") } ?? ""
        let place = fields["place"].flatMap { reader.string($0, what: .key("copy.place"), path: "copy.place") } ?? ""
        let date = fields["date"].flatMap { document.date($0, path: "copy.date") }
        let recipients = fields["recipients"].map { document.recipients($0, path: "copy.recipients") } ?? []
        let signer = fields["signer"].flatMap { SignerDecoder(reader: reader).signer($0, path: "copy.signer") }
        guard let kind, let date else { return nil }
        return PaperCopy(kind: kind, issuer: issuer, number: number, symbol: symbol, place: place, date: date,
                         recipients: recipients, signer: signer)
    }

    /// "sao y", "sao lục" or "trích sao", in any case.
    private func kind(_ node: Node) -> PaperCopy.Kind? {
        guard let text = reader.string(node, what: .key("copy.kind"), path: "copy.kind") else { return nil }
        let written = text.precomposedStringWithCanonicalMapping.lowercased().split(separator: " ").joined(separator: " ")
        if let kind = PaperCopy.Kind(rawValue: written) { return kind }
        let names = PaperCopy.Kind.allCases.map(\.rawValue)
        reader.error(Phrase(en: "copy.kind '\(text)' is not a kind of copy", vi: "copy.kind '\(text)' không phải là một hình thức sao"),
                     at: node, hint: Suggestion.hint(for: written, among: names) ?? NodeReader.useOneOf(names))
        return nil
    }
}
