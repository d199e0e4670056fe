import VanBanModel
import Yams

/// Decodes a table and checks that every row fills the columns exactly, counting the cells that
/// span columns and the cells from rows above that span down into it.
struct TableDecoder {
    let reader: NodeReader

    func table(_ node: Node) -> Table? {
        guard let fields = reader.mapping(node, allowed: InputKeys.table, required: ["columns", "rows"],
                                          what: "a table"),
              let columnsNode = fields["columns"], let rowsNode = fields["rows"],
              let columnNodes = reader.sequence(columnsNode, what: "columns") else { return nil }
        guard !columnNodes.isEmpty else {
            reader.error("a table needs at least one column", at: columnsNode)
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

        var headerRows = fields["header"].map { rows($0, what: "header", columns: columns.count) } ?? []
        if heads.contains(where: { !$0.text.isEmpty }) { headerRows.append(heads) }
        let bodyRows = rows(rowsNode, what: "rows", columns: columns.count, fills: fills)
        var repeated: Int?
        if let repeatNode = fields["repeat"], let count = reader.number(repeatNode, what: "repeat") {
            let most = headerRows.count + bodyRows.count
            if count >= 0, count <= Double(most), count == count.rounded() {
                repeated = Int(count)
            } else {
                reader.error("repeat must be a whole number of the table's first rows, from 0 to \(most), not \(String(format: "%g", count))",
                             at: repeatNode, hint: "count the header rows, the column heads' row and any row of column numbers under them")
            }
        }
        let orientation = fields["orientation"].flatMap { reader.choice($0, what: "orientation", Appendix.Orientation.self) }
        return Table(columns: columns, headerRows: headerRows, rows: bodyRows, repeatedRows: repeated,
                     orientation: orientation ?? .auto)
    }

    private func column(_ node: Node) -> (Table.Column, Table.Cell, Blank?)? {
        if case .scalar = node {
            guard let head = reader.string(node, what: "a column") else { return nil }
            return (Table.Column(width: .fraction(1), alignment: .left), Table.Cell(text: InlineMarkup.parse(head)), nil)
        }
        guard let fields = reader.mapping(node, allowed: InputKeys.column, what: "a column") else {
            return nil
        }
        let head = fields["head"].flatMap { reader.string($0, what: "head") } ?? ""
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
        let fill = fields["fill"].flatMap { reader.choice($0, what: "fill", Blank.self) }
        return (column, Table.Cell(text: InlineMarkup.parse(head), alignment: .center), fill)
    }

    private func width(_ node: Node) -> Table.Column.Width? {
        guard let text = reader.string(node, what: "width") else { return nil }
        if text == "fit" { return .fit }
        if text.hasSuffix("fr"), let share = Double(text.dropLast(2)), share > 0, share.isFinite {
            return .fraction(share)
        }
        if let length = Length(parsing: text), length.points > 0 { return .fixed(length) }
        reader.error("a column width must be a length (25mm), a share (2fr) or fit, not '\(text)'", at: node)
        return nil
    }

    private func rows(_ node: Node, what: String, columns: Int, fills: [Blank?] = []) -> [[Table.Cell]] {
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
                    reader.error("this row has more cells than the table's \(columns) columns", at: cellNode,
                                 hint: "remove a cell, or check the spans of the cells before it and above it")
                    overflow = true
                    break
                }
                for spanned in column..<(column + cell.columnSpan) { coveredBelow[spanned] = cell.rowSpan }
                column += cell.columnSpan
                row.append(cell)
            }
            skipCovered()
            if !overflow, column < columns {
                reader.error("this row fills \(column) of the table's \(columns) columns", at: rowNode,
                             hint: "add empty cells \"\" for the blanks, or widen a cell with span")
            }
            for index in coveredBelow.indices where coveredBelow[index] > 0 { coveredBelow[index] -= 1 }
            rows.append(row)
        }
        if let unfinished = coveredBelow.first(where: { $0 > 0 }) {
            reader.error("a cell spans \(unfinished) row(s) past the end of \(what)", at: node,
                         hint: "lower its rowspan")
        }
        return rows
    }

    /// A row: a list of cells, or `{cells: [...], bold: true}` for a group row printed bold.
    private func row(_ node: Node, what: String) -> ([Node], bold: Bool)? {
        guard case .mapping = node else {
            return reader.sequence(node, what: "a row of \(what)").map { ($0, false) }
        }
        guard let fields = reader.mapping(node, allowed: InputKeys.row, required: ["cells"], what: "a row"),
              let cellsNode = fields["cells"], let cells = reader.sequence(cellsNode, what: "cells") else { return nil }
        return (cells, fields["bold"].flatMap { reader.bool($0, what: "bold") } ?? false)
    }

    private func cell(_ node: Node) -> Table.Cell? {
        if case .scalar = node {
            return reader.string(node, what: "a cell").map { Table.Cell(text: InlineMarkup.parse($0)) }
        }
        guard let fields = reader.mapping(node, allowed: InputKeys.cell, what: "a cell") else {
            return nil
        }
        var cell = Table.Cell(text: StyledText(runs: []))
        if let textNode = fields["text"], let text = reader.string(textNode, what: "text") {
            cell.text = InlineMarkup.parse(text)
        }
        if let boldNode = fields["bold"], reader.bool(boldNode, what: "bold") == true {
            cell.text = cell.text.emphasised(bold: true)
        }
        if let spanNode = fields["span"] { cell.columnSpan = count(spanNode, what: "span") ?? 1 }
        if let spanNode = fields["rowspan"] { cell.rowSpan = count(spanNode, what: "rowspan") ?? 1 }
        if let alignNode = fields["align"] { cell.alignment = BlockDecoder(reader: reader).alignment(alignNode) }
        if let fillNode = fields["fill"] { cell.blank = reader.choice(fillNode, what: "fill", Blank.self) }
        return cell
    }

    private func count(_ node: Node, what: String) -> Int? {
        guard let value = reader.number(node, what: what) else { return nil }
        guard value >= 1, value <= 1000, value == value.rounded() else {
            reader.error("\(what) must be a whole number from 1, not \(value)", at: node)
            return nil
        }
        return Int(value)
    }
}
