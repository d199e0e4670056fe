import VanBanModel

/// A column narrower than its padding plus one character cannot hold text: Pango would break the
/// text after every letter and still draw each glyph past the cell's borders, the last column's
/// past the margin. Such tables are refused before layout, with the widths in millimetres.
public struct TableFit: Sendable {
    /// The table's block in the source map: "body[3]", "appendices[0].body[1]".
    public var path: String
    public var columns: Int
    public var narrowest: Length
    public var needed: Length
    public var textWidth: Length
}

extension DocumentComposer {
    /// The tables whose narrowest column, at the width layout would give it (landscape appendices
    /// included), cannot hold its padding and one character.
    public func narrowTables(in document: Document) -> [TableFit] {
        let setter = Typesetter(context: context, spec: spec)
        let bodies = [("body", document.body, setter)] + document.appendices.enumerated().map { index, appendix in
            ("appendices[\(index)].body", appendix.body, appendixSetter(appendix, setter: setter))
        } + [document.attachment].compactMap { $0.map { ("attachment.body", $0.body, setter) } }
        var problems: [TableFit] = []
        for (path, blocks, setter) in bodies {
            // One character: about 0.6 em of the larger table size (a digit of a Times-like face is 0.5 em).
            let size = max(setter.spec.style(.tableHeader).size.points, setter.spec.style(.tableBody).size.points)
            let needed = 2 * setter.spec.table.paddingX.points + 0.6 * size
            for (index, block) in blocks.enumerated() {
                guard case let .table(table) = block,
                      let narrowest = TableColumnWidths(setter: setter).widths(table).min(), narrowest < needed else { continue }
                problems.append(TableFit(path: "\(path)[\(index)]", columns: table.columns.count, narrowest: .pt(narrowest),
                                         needed: .pt(needed), textWidth: setter.spec.page.textWidth))
            }
        }
        return problems
    }
}
