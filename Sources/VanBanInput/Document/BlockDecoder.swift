import VanBanModel
import Yams

/// Decodes a body: a text (read with the body conventions) or a list of blocks, where an item is
/// a text, a `paragraph:` mapping or a `table:` mapping.
struct BlockDecoder {
    let reader: NodeReader

    /// The blocks under `key` (`body`, `preamble`); block `k` is recorded in the source map as `path[k]`.
    func blocks(_ node: Node, key: String, path: String) -> [Block] {
        switch node {
        case .scalar:
            return text(node, what: .key(key), path: path, first: 0)
        case let .sequence(items):
            var blocks: [Block] = []
            for item in items {
                blocks += block(item, what: Phrase(en: "an item of \(key)", vi: "một mục của \(key)"), path: path, first: blocks.count)
            }
            return blocks
        default:
            reader.error(Phrase(en: "\(key) must be text or a list of blocks", vi: "\(key) phải là chuỗi hoặc danh sách các khối"),
                         at: node,
                         hint: Phrase(en: "write `\(key): |` followed by indented lines, or a list of paragraphs and tables",
                                      vi: "viết `\(key): |` rồi các dòng thụt lề bên dưới, hoặc một danh sách các đoạn văn và bảng"))
            return []
        }
    }

    /// A text read with the body conventions; each block is located at its own line.
    private func text(_ node: Node, what: Phrase, path: String, first: Int) -> [Block] {
        guard let text = reader.string(node, what: what, path: path) else { return [] }
        let lined = BodyText.linedBlocks(from: text)
        for (offset, span) in reader.lineSpans(node, lines: lined.map(\.line)).enumerated() {
            reader.record(span, path: "\(path)[\(first + offset)]")
        }
        return lined.map(\.block)
    }

    private func block(_ node: Node, what: Phrase, path: String, first: Int) -> [Block] {
        if case .scalar = node {
            return text(node, what: what, path: path, first: first)
        }
        reader.record(reader.span(node), path: "\(path)[\(first)]")
        guard case let .mapping(mapping) = node else {
            reader.error(Phrase(en: "\(what.english) must be text, a paragraph or a table",
                                vi: "\(what.vietnamese) phải là chuỗi, một đoạn văn hoặc một bảng"), at: node)
            return []
        }
        let keys = Set(mapping.keys.compactMap(\.scalar?.string))
        if keys.contains("table") {
            guard let fields = reader.mapping(node, allowed: InputKeys.tableBlock, what: Phrase(en: "a table block", vi: "một khối bảng")),
                  let table = fields["table"] else { return [] }
            return TableDecoder(reader: reader).table(table).map { [.table($0)] } ?? []
        }
        if keys.contains("programme") {
            guard let fields = reader.mapping(node, allowed: InputKeys.programmeBlock, what: Phrase(en: "a programme block", vi: "một khối chương trình")),
                  let programme = fields["programme"] else { return [] }
            return ProgrammeDecoder(reader: reader).blocks(programme)
        }
        if keys.contains("paragraph") {
            return paragraph(node, path: "\(path)[\(first)]").map { [.paragraph($0)] } ?? []
        }
        if keys.contains("lines") {
            return blankLines(node).map { [.blankLines($0)] } ?? []
        }
        let kinds = ["paragraph", "table", "programme", "lines"]
        reader.error(Phrase(en: "\(what.english) must have the key 'paragraph', 'table', 'programme' or 'lines'",
                            vi: "\(what.vietnamese) phải có khóa 'paragraph', 'table', 'programme' hoặc 'lines'"), at: node,
                     hint: Suggestion.hint(for: keys.first ?? "", among: kinds))
        return []
    }

    private func paragraph(_ node: Node, path: String) -> Paragraph? {
        let what = Phrase(en: "a paragraph", vi: "một đoạn văn")
        guard let fields = reader.mapping(node, allowed: InputKeys.paragraph, what: what) else {
            return nil
        }
        guard let textNode = fields["paragraph"], let text = reader.string(textNode, what: what, path: path) else {
            return nil
        }
        var paragraph = Paragraph(text: InlineMarkup.parse(text))
        if let alignNode = fields["align"], let alignment = self.alignment(alignNode) {
            paragraph.alignment = alignment
        }
        if let indentNode = fields["indent"], let indent = reader.bool(indentNode, what: .key("indent")) {
            paragraph.firstLineIndent = indent
        }
        return paragraph
    }

    /// `lines: 4` (and an optional field `name`): dotted lines for free text.
    private func blankLines(_ node: Node) -> BlankLines? {
        guard let fields = reader.mapping(node, allowed: InputKeys.blankLines, what: Phrase(en: "blank lines", vi: "các dòng trống")),
              let countNode = fields["lines"], let count = reader.number(countNode, what: .key("lines")) else { return nil }
        guard count >= 1, count <= 100, count == count.rounded() else {
            reader.error(Phrase(en: "lines must be a whole number from 1 to 100, not \(count)",
                                vi: "lines phải là một số nguyên từ 1 đến 100, không phải \(count)"), at: countNode)
            return nil
        }
        let name = fields["name"].flatMap { reader.string($0, what: .key("name")) }
        return BlankLines(count: Int(count), name: name)
    }

    func alignment(_ node: Node) -> Paragraph.Alignment? {
        reader.choice(node, what: Phrase(en: "alignment", vi: "cách căn lề"), Paragraph.Alignment.self)
    }
}
