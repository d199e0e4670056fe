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
            let reference: Appendix.Reference = fields["reference"].map { node in
                let text = reader.string(node, what: "reference") ?? ""
                return text.isEmpty ? .hidden : .text(text)
            } ?? .automatic
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

}
