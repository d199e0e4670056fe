import VanBanModel

/// Where each cell of a run of rows sits on the column grid: cells fill the columns left to right,
/// skipping columns still covered by a cell spanning down from a row above.
struct TableGrid {
    struct Slot {
        var cell: Table.Cell
        var row: Int, column: Int
        /// The columns it covers, clipped to the table.
        var columnSpan: Int
        /// The index of its last row, clipped to the rows given.
        var lastRow: Int
    }

    let slots: [Slot]

    init(_ rows: [[Table.Cell]], columns: Int) {
        var covered = [Int](repeating: 0, count: columns)
        var slots: [Slot] = []
        for (rowIndex, row) in rows.enumerated() {
            var column = 0
            for cell in row {
                while column < columns, covered[column] > 0 { column += 1 }
                guard column < columns else { break }
                let span = min(cell.columnSpan, columns - column)
                slots.append(Slot(cell: cell, row: rowIndex, column: column, columnSpan: span,
                                  lastRow: min(rowIndex + cell.rowSpan, rows.count) - 1))
                for spanned in column..<(column + span) { covered[spanned] = cell.rowSpan }
                column += span
            }
            for index in covered.indices where covered[index] > 0 { covered[index] -= 1 }
        }
        self.slots = slots
    }

    /// The cell covering (row, column), if any.
    func slot(row: Int, column: Int) -> Slot? {
        slots.first { row >= $0.row && row <= $0.lastRow && column >= $0.column && column < $0.column + $0.columnSpan }
    }
}
