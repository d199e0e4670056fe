import VanBanModel

/// Names a blank cell after what a reader would call it: the text of its row in the table's label
/// column (the widest column without blanks, "Xóa mù chữ") and the lowest header cell above its
/// column ("Người"), e.g. "Xóa mù chữ – Người".
struct TableLabels {
    private let header: TableGrid
    private let body: TableGrid
    private let labelColumn: Int?
    private let headerRowCount: Int

    init(table: Table, widths: [Double]) {
        header = TableGrid(table.headerRows, columns: table.columns.count)
        body = TableGrid(table.rows, columns: table.columns.count)
        headerRowCount = table.headerRows.count
        let columnsWithBlanks = Set(body.slots.filter { $0.cell.blank != nil }.map(\.column))
        labelColumn = widths.indices.filter { !columnsWithBlanks.contains($0) }.max { widths[$0] < widths[$1] }
    }

    func label(row: Int, column: Int) -> String {
        let rowLabel = labelColumn.flatMap { body.slot(row: row, column: $0) }.map { $0.cell.text.plain } ?? ""
        let columnLabel = (0..<headerRowCount).reversed().lazy
            .compactMap { header.slot(row: $0, column: column)?.cell.text.plain }
            .first { !$0.isEmpty } ?? ""
        let parts = [rowLabel.isEmpty ? "Hàng \(row + 1)" : rowLabel, columnLabel.isEmpty ? "Cột \(column + 1)" : columnLabel]
        return parts.joined(separator: " – ")
    }
}
