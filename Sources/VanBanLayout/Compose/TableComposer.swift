import VanBanModel
import VanBanText

/// Tables: cells shaped at the widths `TableSizing` chose, rows as tall as their tallest cell,
/// cells spanning rows and columns, a border around each cell, figures aligned on their comma.
/// A blank cell to be filled in also leaves a FillBlank named after its row and column labels.
///
/// Rows joined by a cell that spans them form one piece, so no row (or group) is split across
/// pages. The table's first rows (its header, and a row of column numbers under it when the table
/// says so) repeat on every page the table crosses and stay with the first two rows after them;
/// the last two rows stay together, so no page starts or ends the table with a row alone.
struct TableComposer {
    let setter: Typesetter
    let section: Int

    private struct PlacedCell {
        var slot: TableGrid.Slot
        var shaped: ShapedText
        /// How far left of its alignment the text moves so that its decimal comma lines up.
        var shift: Double
        var cell: Table.Cell { slot.cell }
        var row: Int { slot.row }
        var column: Int { slot.column }
    }

    /// The table's pieces at `widths` (from `TableSizing`, with this composer's typesetter).
    func pieces(for table: Table, widths: [Double]) -> [Piece] {
        var starts = [setter.textLeft]
        for width in widths { starts.append(starts[starts.count - 1] + width) }

        // Header rows, then body rows; the groups holding the first `repeatedRows` rows lead the table.
        let headerGroups = rowGroups(table.headerRows, table: table, starts: starts, role: .tableHeader, centredRows: 0)
        let bodyGroups = rowGroups(table.rows, table: table, starts: starts, role: .tableBody,
                                   centredRows: table.repeatedRows - table.headerRows.count)
        let groups = headerGroups.map { ($0, $0.firstRow) } + bodyGroups.map { ($0, $0.firstRow + table.headerRows.count) }
        let leadCount = groups.prefix { $0.1 < table.repeatedRows }.count
        let lead = groups.prefix(leadCount).map { Piece(height: $0.0.height, breakBefore: .avoid, items: $0.0.items, section: section) }
        let repeated = lead.isEmpty ? nil : lead
        let rest = groups.dropFirst(leadCount).map(\.0)
        var pieces = lead
        for (index, group) in rest.enumerated() {
            let keptWithPrevious = (index == 0 && !lead.isEmpty) || index == 1 || index == rest.count - 1
            pieces.append(Piece(height: group.height, breakBefore: keptWithPrevious ? .avoid : .allowed,
                                items: group.items, repeatedHeader: repeated, section: section))
        }
        if !pieces.isEmpty {
            pieces[0].spaceBefore = setter.spec.table.gapBefore.points
            pieces[0].breakBefore = .allowed
        }
        return pieces
    }

    /// Lays out rows and returns them grouped where cells span rows: each group's first row, height
    /// and items. The first `centredRows` rows (repeated with the header) are centred like it.
    private func rowGroups(_ rows: [[Table.Cell]], table: Table, starts: [Double], role: StyleRole, centredRows: Int)
        -> [(firstRow: Int, height: Double, items: [FrameItem])] {
        guard !rows.isEmpty else { return [] }
        let format = setter.spec.table
        let padX = format.paddingX.points, padY = format.paddingY.points
        let pitch = setter.pitch(role, spacing: 1)

        let figures = role == .tableBody && table.columns.contains(where: \.alignsNumbers)
            ? NumberAlignment(table: table, characters: CharacterAdvances(setter: setter)) : nil
        let placed = TableGrid(rows, columns: table.columns.count).slots.map { slot -> PlacedCell in
            let width = starts[slot.column + slot.columnSpan] - starts[slot.column] - 2 * padX
            let centred = role == .tableHeader || slot.row < centredRows
            let alignment = slot.cell.alignment ?? (centred ? .center : table.columns[slot.column].alignment)
            // Fitted widths measure words between spaces, so "cuộc/người" must not break at its slash.
            let shaped = setter.shape(setter.runs(slot.cell.text, role), role, width: max(width, 1),
                                      alignment: alignment == .justify ? .left : alignment.textAlignment,
                                      keepsSlashedWords: true)
            return PlacedCell(slot: slot, shaped: shaped, shift: figures?.shift(of: slot) ?? 0)
        }
        let labels = role == .tableBody ? TableLabels(table: table, widths: widths(starts)) : nil

        // Row heights: single-row cells first, then rows grow so spanning cells fit.
        var heights = [Double](repeating: pitch + 2 * padY, count: rows.count)
        func contentHeight(_ cell: PlacedCell) -> Double {
            Double(max(cell.shaped.lines.count, 1)) * pitch + 2 * padY
        }
        for cell in placed where cell.cell.rowSpan == 1 { heights[cell.row] = max(heights[cell.row], contentHeight(cell)) }
        for cell in placed where cell.cell.rowSpan > 1 {
            let last = cell.slot.lastRow
            let available = heights[cell.row...last].reduce(0, +)
            if contentHeight(cell) > available { heights[last] += contentHeight(cell) - available }
        }

        // Group rows linked by spanning cells.
        var groupEnd = Array(0..<rows.count)
        for cell in placed where cell.cell.rowSpan > 1 {
            groupEnd[cell.row] = max(groupEnd[cell.row], cell.slot.lastRow)
        }
        var groups: [(firstRow: Int, height: Double, items: [FrameItem])] = []
        var start = 0
        while start < rows.count {
            var end = groupEnd[start], row = start
            while row <= end { end = max(end, groupEnd[row]); row += 1 }
            var tops = [Double](), y = 0.0
            for index in start...end { tops.append(y); y += heights[index] }
            var items: [FrameItem] = []
            for cell in placed where cell.row >= start && cell.row <= end {
                let top = tops[cell.row - start]
                let height = heights[cell.row...cell.slot.lastRow].reduce(0, +)
                let left = starts[cell.column], right = starts[cell.column + cell.slot.columnSpan]
                // Text is centred vertically in its cell.
                let textHeight = Double(cell.shaped.lines.count) * pitch
                let textTop = top + (height - textHeight) / 2
                items += setter.items(cell.shaped, role, part: .tableText, left: left + padX - cell.shift, top: textTop,
                                      spacing: 1)
                items += border(left: left, top: top, right: right, bottom: top + height)
                if let blank = cell.cell.blank, let labels {
                    items.append(blankItem(blank, label: labels.label(row: cell.row, column: cell.column),
                                           left: left, top: top, right: right, bottom: top + height, pitch: pitch))
                }
            }
            groups.append((start, y, items))
            start = end + 1
        }
        return groups
    }

    private func widths(_ starts: [Double]) -> [Double] { zip(starts.dropFirst(), starts).map { $0 - $1 } }

    /// The inside of the cell's border; several lines when the cell is tall enough for them.
    private func blankItem(_ blank: Blank, label: String, left: Double, top: Double, right: Double, bottom: Double,
                           pitch: Double) -> FrameItem {
        let inset = setter.spec.table.borderWidth.points
        let height = bottom - top - 2 * inset
        return setter.blank(label, left: left + inset, top: top + inset, width: right - left - 2 * inset, height: height,
                            multiline: height >= 2 * pitch, numeric: blank == .number, role: .tableBody)
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
