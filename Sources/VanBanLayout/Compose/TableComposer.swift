import VanBanModel
import VanBanText

/// Tables: column widths from fixed lengths and shares of the rest, cells shaped at their width,
/// rows as tall as their tallest cell, cells spanning rows and columns, a border around each cell.
///
/// Rows joined by a cell that spans them form one piece, so no row (or group) is split across
/// pages; the header rows form a piece that the paginator repeats on every page the table crosses.
struct TableComposer {
    let setter: Typesetter
    let section: Int

    private struct PlacedCell {
        var cell: Table.Cell
        var row: Int, column: Int
        var shaped: ShapedText
    }

    func pieces(for table: Table) -> [Piece] {
        let widths = columnWidths(table.columns)
        var starts = [setter.textLeft]
        for width in widths { starts.append(starts[starts.count - 1] + width) }

        let header = rowGroups(table.headerRows, table: table, starts: starts, role: .tableHeader)
            .map { Piece(height: $0.height, breakBefore: .avoid, items: $0.items, section: section) }
        let headerForRepeat = header.isEmpty ? nil : header
        var pieces = header
        for (index, group) in rowGroups(table.rows, table: table, starts: starts, role: .tableBody).enumerated() {
            pieces.append(Piece(height: group.height, breakBefore: index == 0 && !header.isEmpty ? .avoid : .allowed,
                                items: group.items, repeatedHeader: headerForRepeat, section: section))
        }
        if !pieces.isEmpty {
            pieces[0].spaceBefore = setter.spec.table.gapBefore.points
            pieces[0].breakBefore = .allowed
        }
        return pieces
    }

    /// Fixed columns take their length; the rest of the text width is shared by fractions. If
    /// the fixed columns alone are too wide, everything is scaled down to fit the margins.
    func columnWidths(_ columns: [Table.Column]) -> [Double] {
        let total = setter.textWidth
        let fixed = columns.reduce(0.0) { sum, column in
            if case let .fixed(length) = column.width { return sum + length.points }
            return sum
        }
        let shares = columns.reduce(0.0) { sum, column in
            if case let .fraction(share) = column.width { return sum + share }
            return sum
        }
        let rest = max(0, total - fixed)
        var widths = columns.map { column -> Double in
            switch column.width {
            case let .fixed(length): return length.points
            case let .fraction(share): return shares > 0 ? rest * share / shares : 0
            }
        }
        let sum = widths.reduce(0, +)
        if sum > total { widths = widths.map { $0 * total / sum } }
        return widths
    }

    /// Lays out rows and returns them grouped where cells span rows: each group's height and items.
    private func rowGroups(_ rows: [[Table.Cell]], table: Table, starts: [Double], role: StyleRole)
        -> [(height: Double, items: [FrameItem])] {
        guard !rows.isEmpty else { return [] }
        let format = setter.spec.table
        let padX = format.paddingX.points, padY = format.paddingY.points
        let pitch = setter.pitch(role, spacing: 1)

        // Place cells on the grid, skipping columns covered from above.
        var covered = [Int](repeating: 0, count: table.columns.count)
        var placed: [PlacedCell] = []
        for (rowIndex, row) in rows.enumerated() {
            var column = 0
            for cell in row {
                while column < covered.count, covered[column] > 0 { column += 1 }
                guard column < covered.count else { break }
                let span = min(cell.columnSpan, covered.count - column)
                let width = starts[column + span] - starts[column] - 2 * padX
                let alignment = cell.alignment ?? (role == .tableHeader ? .center : table.columns[column].alignment)
                let shaped = setter.shape(setter.runs(cell.text, role), role, width: max(width, 1),
                                          alignment: alignment == .justify ? .left : alignment.textAlignment)
                placed.append(PlacedCell(cell: cell, row: rowIndex, column: column, shaped: shaped))
                for spanned in column..<(column + span) { covered[spanned] = cell.rowSpan }
                column += span
            }
            for index in covered.indices where covered[index] > 0 { covered[index] -= 1 }
        }

        // Row heights: single-row cells first, then rows grow so spanning cells fit.
        var heights = [Double](repeating: pitch + 2 * padY, count: rows.count)
        func contentHeight(_ cell: PlacedCell) -> Double {
            Double(max(cell.shaped.lines.count, 1)) * pitch + 2 * padY
        }
        for cell in placed where cell.cell.rowSpan == 1 { heights[cell.row] = max(heights[cell.row], contentHeight(cell)) }
        for cell in placed where cell.cell.rowSpan > 1 {
            let last = min(cell.row + cell.cell.rowSpan, rows.count) - 1
            let available = heights[cell.row...last].reduce(0, +)
            if contentHeight(cell) > available { heights[last] += contentHeight(cell) - available }
        }

        // Group rows linked by spanning cells.
        var groupEnd = Array(0..<rows.count)
        for cell in placed where cell.cell.rowSpan > 1 {
            groupEnd[cell.row] = max(groupEnd[cell.row], min(cell.row + cell.cell.rowSpan, rows.count) - 1)
        }
        var groups: [(height: Double, items: [FrameItem])] = []
        var start = 0
        while start < rows.count {
            var end = groupEnd[start], row = start
            while row <= end { end = max(end, groupEnd[row]); row += 1 }
            var tops = [Double](), y = 0.0
            for index in start...end { tops.append(y); y += heights[index] }
            var items: [FrameItem] = []
            for cell in placed where cell.row >= start && cell.row <= end {
                let lastRow = min(cell.row + cell.cell.rowSpan, rows.count) - 1
                let top = tops[cell.row - start]
                let height = heights[cell.row...lastRow].reduce(0, +)
                let span = min(cell.cell.columnSpan, table.columns.count - cell.column)
                let left = starts[cell.column], right = starts[cell.column + span]
                // Text is centred vertically in its cell.
                let textHeight = Double(cell.shaped.lines.count) * pitch
                let textTop = top + (height - textHeight) / 2
                items += setter.items(cell.shaped, role, part: .tableText, left: left + padX, top: textTop, spacing: 1)
                items += border(left: left, top: top, right: right, bottom: top + height)
            }
            groups.append((y, items))
            start = end + 1
        }
        return groups
    }

    private func border(left: Double, top: Double, right: Double, bottom: Double) -> [FrameItem] {
        let thickness = setter.spec.table.borderWidth.points
        func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double) -> FrameItem {
            FrameItem(part: .tableBorder, content: .rule(x2: x2, y2: y2, thickness: thickness), x: x1, y: y1)
        }
        return [line(left, top, right, top), line(left, bottom, right, bottom),
                line(left, top, left, bottom), line(right, top, right, bottom)]
    }
}
