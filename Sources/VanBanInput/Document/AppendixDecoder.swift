import VanBanModel
import Yams

/// Decodes `appendices`, numbering the labels ("Phụ lục I", "Phụ lục II"). A missing reference
/// line is left for layout to build from the document's number and date.
struct AppendixDecoder {
    let reader: NodeReader

    func appendices(_ node: Node) -> [Appendix] {
        guard let items = reader.sequence(node, what: "appendices") else { return [] }
        return items.enumerated().compactMap { index, item in
            guard let fields = reader.mapping(item, allowed: InputKeys.appendix,
                                              required: ["title", "body"], what: "an appendix") else { return nil }
            let defaultLabel = items.count == 1 ? "Phụ lục" : "Phụ lục \(RomanNumeral.string(for: index + 1))"
            let label = fields["label"].map { reader.string($0, what: "label") ?? "" } ?? defaultLabel
            let reference = fields["reference"].map(self.reference) ?? .automatic
            return Appendix(
                label: label.isEmpty ? nil : label,
                title: fields["title"].flatMap { reader.lines($0, what: "title", path: "appendices[\(index)].title") } ?? [],
                subtitle: fields["subtitle"].flatMap { reader.lines($0, what: "subtitle") }?.map(InlineMarkup.parse) ?? [],
                reference: reference,
                body: fields["body"].map { BlockDecoder(reader: reader).blocks($0, what: "body", path: "appendices[\(index)].body") } ?? [],
                orientation: fields["orientation"].flatMap { reader.choice($0, what: "orientation", Appendix.Orientation.self) }
                    ?? .auto)
        }
    }

    /// The quy chế or quy định a quyết định issues (Mẫu 1.3), read like an appendix.
    func attachment(_ node: Node) -> AttachedText? {
        guard let fields = reader.mapping(node, allowed: InputKeys.attachment, required: ["type", "body"],
                                          what: "the attachment") else { return nil }
        return AttachedText(
            type: fields["type"].flatMap { reader.string($0, what: "attachment.type", path: "attachment.type") } ?? "",
            summary: fields["summary"].flatMap { reader.string($0, what: "attachment.summary", path: "attachment.summary") }
                .map(InlineMarkup.parse),
            reference: fields["reference"].map(reference) ?? .automatic,
            body: fields["body"].map { BlockDecoder(reader: reader).blocks($0, what: "body", path: "attachment.body") } ?? [])
    }

    /// A written reference line, or "" to hide it.
    private func reference(_ node: Node) -> Appendix.Reference {
        let text = reader.string(node, what: "reference") ?? ""
        return text.isEmpty ? .hidden : .text(text)
    }
}
