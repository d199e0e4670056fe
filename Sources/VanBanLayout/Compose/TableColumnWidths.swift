import VanBanModel
import VanBanText

/// Column widths: fixed lengths first, fitted columns as wide as their widest word plus padding,
/// then fractions share what is left of the text width. If fixed and fitted columns alone are too
/// wide, everything is scaled down to the margins (an appendix in `auto` turns landscape first).
struct TableColumnWidths {
    let setter: Typesetter

    func widths(_ table: Table) -> [Double] {
        let total = setter.textWidth
        var widths = minimumWidths(table)
        let shares = table.columns.reduce(0.0) { sum, column in
            if case let .fraction(share) = column.width { return sum + share }
            return sum
        }
        let rest = max(0, total - widths.reduce(0, +))
        for (index, column) in table.columns.enumerated() {
            if case let .fraction(share) = column.width { widths[index] = shares > 0 ? rest * share / shares : 0 }
        }
        let sum = widths.reduce(0, +)
        if sum > total { widths = widths.map { $0 * total / sum } }
        return widths
    }

    /// The widths of the fixed and fitted columns (fractions count 0): what the table needs at least.
    func minimumWidths(_ table: Table) -> [Double] {
        let padding = 2 * setter.spec.table.paddingX.points
        let headerSlots = TableGrid(table.headerRows, columns: table.columns.count).slots
        let bodySlots = TableGrid(table.rows, columns: table.columns.count).slots
        return table.columns.enumerated().map { index, column in
            switch column.width {
            case let .fixed(length): return length.points
            case .fraction: return 0
            case .fit:
                let header = headerSlots.filter { $0.column == index && $0.columnSpan == 1 }
                    .map { widestWord($0.cell.text, .tableHeader) }
                let body = bodySlots.filter { $0.column == index && $0.columnSpan == 1 }
                    .map { widestWord($0.cell.text, .tableBody) }
                return (header + body).max().map { $0 + padding } ?? padding
            }
        }
    }

    /// The width of the longest unbreakable run of the text (a word, with its own styling).
    private func widestWord(_ text: StyledText, _ role: StyleRole) -> Double {
        setter.runs(text, role).flatMap { run in
            run.text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { word in
                setter.shape([TextRun(String(word), bold: run.bold, italic: run.italic)], role, width: nil).naturalWidth
            }
        }.max() ?? 0
    }
}
