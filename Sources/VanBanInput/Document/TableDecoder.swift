import VanBanModel
import Yams

/// Decodes a table and checks that every row fills the columns exactly, counting the cells that
/// span columns and the cells from rows above that span down into it.
struct TableDecoder {
    let reader: NodeReader

    func table(_ node: Node) -> Table? {
        guard let fields = reader.mapping(node, allowed: InputKeys.table, required: ["columns", "rows"],
                                          what: Phrase(en: "a table", vi: "một bảng")),
              let columnsNode = fields["columns"], let rowsNode = fields["rows"],
              let columnNodes = reader.sequence(columnsNode, what: .key("columns")) else { return nil }
        guard !columnNodes.isEmpty else {
            reader.error(Phrase(en: "a table needs at least one column", vi: "một bảng cần có ít nhất một cột"), at: columnsNode)
            return nil
        }
        var columns: [Table.Column] = []
        var heads: [Table.Cell] = []
        var fills: [Blank?] = []
        for columnNode in columnNodes {
            guard let (column, head, fill) = column(columnNode) else { continue }
            columns.append(column)
            heads.append(head)
            fills.append(fill)
        }
        guard columns.count == columnNodes.count else { return nil }

        var headerRows = fields["header"].map { rows($0, what: .key("header"), columns: columns.count) } ?? []
        if heads.contains(where: { !$0.text.isEmpty }) { headerRows.append(heads) }
        let bodyRows = rows(rowsNode, what: .key("rows"), columns: columns.count, fills: fills)
        var repeated: Int?
        if let repeatNode = fields["repeat"], let count = reader.number(repeatNode, what: .key("repeat")) {
            let most = headerRows.count + bodyRows.count
            if count >= 0, count <= Double(most), count == count.rounded() {
                repeated = Int(count)
            } else {
                let written = String(format: "%g", count)
                reader.error(Phrase(en: "repeat must be a whole number of the table's first rows, from 0 to \(most), not \(written)",
                                    vi: "repeat phải là số hàng đầu của bảng, một số nguyên từ 0 đến \(most), không phải \(written)"),
                             at: repeatNode,
                             hint: Phrase(en: "count the header rows, the column heads' row and any row of column numbers under them",
                                          vi: "đếm các hàng tiêu đề, hàng tên cột và hàng đánh số cột (nếu có) bên dưới"))
            }
        }
        let orientation = fields["orientation"].flatMap { reader.choice($0, what: .key("orientation"), Appendix.Orientation.self) }
        return Table(columns: columns, headerRows: headerRows, rows: bodyRows, repeatedRows: repeated,
                     orientation: orientation ?? .auto)
    }

    private static let aColumn = Phrase(en: "a column", vi: "một cột")
    private static let aCell = Phrase(en: "a cell", vi: "một ô")

    private func column(_ node: Node) -> (Table.Column, Table.Cell, Blank?)? {
        if case .scalar = node {
            guard let head = reader.string(node, what: Self.aColumn) else { return nil }
            return (Table.Column(width: .fraction(1), alignment: .left), Table.Cell(text: InlineMarkup.parse(head)), nil)
        }
        guard let fields = reader.mapping(node, allowed: InputKeys.column, what: Self.aColumn) else {
            return nil
        }
        let head = fields["head"].flatMap { reader.string($0, what: .key("head")) } ?? ""
        var column = Table.Column(width: .fraction(1), alignment: .left)
        if let widthNode = fields["width"] {
            guard let width = width(widthNode) else { return nil }
            column.width = width
        }
        if let alignNode = fields["align"] {
            if alignNode.scalar?.string == "number" {
                (column.alignment, column.alignsNumbers) = (.right, true)
            } else {
                guard let alignment = BlockDecoder(reader: reader).alignment(alignNode) else { return nil }
                column.alignment = alignment
            }
        }
        let fill = fields["fill"].flatMap { reader.choice($0, what: .key("fill"), Blank.self) }
        return (column, Table.Cell(text: InlineMarkup.parse(head), alignment: .center), fill)
    }

    private func width(_ node: Node) -> Table.Column.Width? {
        guard let text = reader.string(node, what: .key("width")) else { return nil }
        if text == "fit" { return .fit }
        if text.hasSuffix("fr"), let share = Double(text.dropLast(2)), share > 0, share.isFinite {
            return .fraction(share)
        }
        if let length = Length(parsing: text), length.points > 0 { return .fixed(length) }
        reader.error(Phrase(en: "a column width must be a length (25mm), a share (2fr) or fit, not '\(text)'",
                            vi: "độ rộng cột phải là một độ dài (25mm), một phần chia (2fr) hoặc fit, không phải '\(text)'"), at: node)
        return nil
    }

    private func rows(_ node: Node, what: Phrase, columns: Int, fills: [Blank?] = []) -> [[Table.Cell]] {
        guard let rowNodes = reader.sequence(node, what: what) else { return [] }
        // How many more rows each column is still covered by a cell spanning down from above.
        var coveredBelow = [Int](repeating: 0, count: columns)
        var rows: [[Table.Cell]] = []
        for rowNode in rowNodes {
            guard let (cellNodes, bold) = row(rowNode, what: what) else { continue }
            var row: [Table.Cell] = []
            var column = 0
            func skipCovered() { while column < columns, coveredBelow[column] > 0 { column += 1 } }
            var overflow = false
            for cellNode in cellNodes {
                skipCovered()
                guard var cell = cell(cellNode) else { continue }
                if bold { cell.text = cell.text.emphasised(bold: true) }
                if cell.blank == nil, cell.text.isEmpty, column < fills.count { cell.blank = fills[column] }
                if column + cell.columnSpan > columns {
                    reader.error(Phrase(en: "this row has more cells than the table's \(columns) columns",
                                        vi: "hàng này có nhiều ô hơn \(columns) cột của bảng"), at: cellNode,
                                 hint: Phrase(en: "remove a cell, or check the spans of the cells before it and above it",
                                              vi: "bỏ bớt một ô, hoặc kiểm tra số cột, số hàng mà các ô trước và trên nó chiếm"))
                    overflow = true
                    break
                }
                for spanned in column..<(column + cell.columnSpan) { coveredBelow[spanned] = cell.rowSpan }
                column += cell.columnSpan
                row.append(cell)
            }
            skipCovered()
            if !overflow, column < columns {
                reader.error(Phrase(en: "this row fills \(column) of the table's \(columns) columns",
                                    vi: "hàng này chỉ điền \(column) trong \(columns) cột của bảng"), at: rowNode,
                             hint: Phrase(en: "add empty cells \"\" for the blanks, or widen a cell with span",
                                          vi: "thêm ô trống \"\" vào chỗ để trống, hoặc nới rộng một ô bằng span"))
            }
            for index in coveredBelow.indices where coveredBelow[index] > 0 { coveredBelow[index] -= 1 }
            rows.append(row)
        }
        if let unfinished = coveredBelow.first(where: { $0 > 0 }) {
            reader.error(Phrase(en: "a cell spans \(unfinished) row(s) past the end of \(what.english)",
                                vi: "một ô kéo dài \(unfinished) hàng ra ngoài phần cuối của \(what.vietnamese)"), at: node,
                         hint: Phrase(en: "lower its rowspan", vi: "giảm rowspan của ô đó"))
        }
        return rows
    }

    /// A row: a list of cells, or `{cells: [...], bold: true}` for a group row printed bold.
    private func row(_ node: Node, what: Phrase) -> ([Node], bold: Bool)? {
        guard case .mapping = node else {
            return reader.sequence(node, what: Phrase(en: "a row of \(what.english)", vi: "một hàng của \(what.vietnamese)"))
                .map { ($0, false) }
        }
        guard let fields = reader.mapping(node, allowed: InputKeys.row, required: ["cells"], what: Phrase(en: "a row", vi: "một hàng")),
              let cellsNode = fields["cells"], let cells = reader.sequence(cellsNode, what: .key("cells")) else { return nil }
        return (cells, fields["bold"].flatMap { reader.bool($0, what: .key("bold")) } ?? false)
    }

    private func cell(_ node: Node) -> Table.Cell? {
        if case .scalar = node {
            return reader.string(node, what: Self.aCell).map { Table.Cell(text: InlineMarkup.parse($0)) }
        }
        guard let fields = reader.mapping(node, allowed: InputKeys.cell, what: Self.aCell) else {
            return nil
        }
        var cell = Table.Cell(text: StyledText(runs: []))
        if let textNode = fields["text"], let text = reader.string(textNode, what: .key("text")) {
            cell.text = InlineMarkup.parse(text)
        }
        if let boldNode = fields["bold"], reader.bool(boldNode, what: .key("bold")) == true {
            cell.text = cell.text.emphasised(bold: true)
        }
        if let spanNode = fields["span"] { cell.columnSpan = count(spanNode, what: .key("span")) ?? 1 }
        if let spanNode = fields["rowspan"] { cell.rowSpan = count(spanNode, what: .key("rowspan")) ?? 1 }
        if let alignNode = fields["align"] { cell.alignment = BlockDecoder(reader: reader).alignment(alignNode) }
        if let fillNode = fields["fill"] { cell.blank = reader.choice(fillNode, what: .key("fill"), Blank.self) }
        return cell
    }

    private func count(_ node: Node, what: Phrase) -> Int? {
        guard let value = reader.number(node, what: what) else { return nil }
        guard value >= 1, value <= 1000, value == value.rounded() else {
            reader.error(Phrase(en: "\(what.english) must be a whole number from 1, not \(value)",
                                vi: "\(what.vietnamese) phải là một số nguyên từ 1 trở lên, không phải \(value)"), at: node)
            return nil
        }
        return Int(value)
    }
}
