import VanBanModel
import Yams

/// Decodes a body: a text (read with the body conventions) or a list of blocks, where an item is
/// a text, a `paragraph:` mapping or a `table:` mapping.
struct BlockDecoder {
    let reader: NodeReader

    func blocks(_ node: Node, what: String) -> [Block] {
        switch node {
        case .scalar:
            return reader.string(node, what: what).map(BodyText.blocks(from:)) ?? []
        case let .sequence(items):
            return items.flatMap { block($0, what: "an item of \(what)") }
        default:
            reader.error("\(what) must be text or a list of blocks", at: node,
                         hint: "write `\(what): |` followed by indented lines, or a list of paragraphs and tables")
            return []
        }
    }

    private func block(_ node: Node, what: String) -> [Block] {
        if case .scalar = node {
            return reader.string(node, what: what).map(BodyText.blocks(from:)) ?? []
        }
        guard case let .mapping(mapping) = node else {
            reader.error("\(what) must be text, a paragraph or a table", at: node)
            return []
        }
        let keys = Set(mapping.keys.compactMap(\.scalar?.string))
        if keys.contains("table") {
            guard let fields = reader.mapping(node, allowed: ["table"], what: "a table block"),
                  let table = fields["table"] else { return [] }
            return TableDecoder(reader: reader).table(table).map { [.table($0)] } ?? []
        }
        if keys.contains("paragraph") {
            return paragraph(node).map { [.paragraph($0)] } ?? []
        }
        reader.error("\(what) must have the key 'paragraph' or 'table'", at: node,
                     hint: Suggestion.closest(to: keys.first ?? "", among: ["paragraph", "table"]).map { "did you mean '\($0)'?" })
        return []
    }

    private func paragraph(_ node: Node) -> Paragraph? {
        guard let fields = reader.mapping(node, allowed: ["paragraph", "align", "indent"], what: "a paragraph") else {
            return nil
        }
        guard let textNode = fields["paragraph"], let text = reader.string(textNode, what: "a paragraph") else { return nil }
        var paragraph = Paragraph(text: InlineMarkup.parse(text))
        if let alignNode = fields["align"], let alignment = self.alignment(alignNode) {
            paragraph.alignment = alignment
        }
        if let indentNode = fields["indent"], let indent = reader.bool(indentNode, what: "indent") {
            paragraph.firstLineIndent = indent
        }
        return paragraph
    }

    func alignment(_ node: Node) -> Paragraph.Alignment? {
        guard let text = reader.string(node, what: "align") else { return nil }
        if let alignment = Paragraph.Alignment(rawValue: text.lowercased()) { return alignment }
        let names = Paragraph.Alignment.allCases.map(\.rawValue)
        reader.error("unknown alignment '\(text)'", at: node,
                     hint: Suggestion.closest(to: text, among: names).map { "did you mean '\($0)'?" }
                        ?? "use one of \(names.joined(separator: ", "))")
        return nil
    }
}
