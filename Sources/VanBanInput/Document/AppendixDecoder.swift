import VanBanModel
import Yams

/// Decodes `appendices`, numbering the labels ("Phụ lục I", "Phụ lục II"). A missing reference
/// line is left for layout to build from the document's number and date.
struct AppendixDecoder {
    let reader: NodeReader

    func appendices(_ node: Node) -> [Appendix] {
        guard let items = reader.sequence(node, what: .key("appendices")) else { return [] }
        return items.enumerated().compactMap { index, item in
            guard let fields = reader.mapping(item, allowed: InputKeys.appendix,
                                              required: ["title", "body"],
                                              what: Phrase(en: "an appendix", vi: "một phụ lục")) else { return nil }
            let defaultLabel = items.count == 1 ? "Phụ lục" : "Phụ lục \(RomanNumeral.string(for: index + 1))"
            let label = fields["label"].map { reader.string($0, what: .key("label")) ?? "" } ?? defaultLabel
            let reference = fields["reference"].map(self.reference) ?? .automatic
            return Appendix(
                label: label.isEmpty ? nil : label,
                title: fields["title"].flatMap { reader.lines($0, what: .key("title"), path: "appendices[\(index)].title") } ?? [],
                subtitle: fields["subtitle"].flatMap { reader.lines($0, what: .key("subtitle")) }?.map(InlineMarkup.parse) ?? [],
                reference: reference,
                body: fields["body"].map { BlockDecoder(reader: reader).blocks($0, key: "body", path: "appendices[\(index)].body") } ?? [],
                orientation: fields["orientation"].flatMap { reader.choice($0, what: .key("orientation"), Appendix.Orientation.self) }
                    ?? .auto)
        }
    }

    /// The quy chế or quy định a quyết định issues (Mẫu 1.3), read like an appendix.
    func attachment(_ node: Node) -> AttachedText? {
        guard let fields = reader.mapping(node, allowed: InputKeys.attachment, required: ["type", "body"],
                                          what: Phrase(en: "the attachment", vi: "văn bản kèm theo")) else { return nil }
        return AttachedText(
            type: fields["type"].flatMap { reader.string($0, what: .key("attachment.type"), path: "attachment.type") } ?? "",
            summary: fields["summary"].flatMap { reader.string($0, what: .key("attachment.summary"), path: "attachment.summary") }
                .map(InlineMarkup.parse),
            reference: fields["reference"].map(reference) ?? .automatic,
            body: fields["body"].map { BlockDecoder(reader: reader).blocks($0, key: "body", path: "attachment.body") } ?? [])
    }

    /// A written reference line, or "" to hide it.
    private func reference(_ node: Node) -> Appendix.Reference {
        let text = reader.string(node, what: .key("reference")) ?? ""
        return text.isEmpty ? .hidden : .text(text)
    }
}
