import VanBanModel
import VanBanText

/// Figures of an `align: number` column, aligned on their decimal comma as Vietnamese writes them
/// ("5,53"; "2.091" is two thousand and ninety-one and has none): each figure's comma stands where
/// the widest decimal part leaves it, so a column without decimals is simply right-aligned. The
/// text is kept exactly as written; only where it starts moves.
///
/// The figures are the column's body cells below the repeated rows, one column wide, without an
/// alignment of their own; other text in the column is right-aligned with the whole parts.
struct NumberAlignment {
    private let characters: CharacterAdvances
    /// Per column: the widest whole part and the widest decimal part (",53") of its figures; 0 and
    /// 0 for a column that does not align figures.
    let widths: [(whole: Double, fraction: Double)]
    private let firstFigureRow: Int

    init(table: Table, characters: CharacterAdvances) {
        self.characters = characters
        firstFigureRow = max(0, table.repeatedRows - table.headerRows.count)
        var widths = [(whole: Double, fraction: Double)](repeating: (0, 0), count: table.columns.count)
        let first = firstFigureRow
        for slot in TableGrid(table.rows, columns: table.columns.count).slots
        where table.columns[slot.column].alignsNumbers && Self.isFigure(slot, firstRow: first) {
            let parts = Self.measure(slot.cell.text, characters)
            widths[slot.column].whole = max(widths[slot.column].whole, parts.whole)
            widths[slot.column].fraction = max(widths[slot.column].fraction, parts.fraction)
        }
        self.widths = widths
    }

    /// How far left of the cell's right padding the text must end so that its comma lines up
    /// with the column's; nil when the cell is not one of the column's figures.
    func shift(of slot: TableGrid.Slot) -> Double? {
        guard widths[slot.column].whole > 0, Self.isFigure(slot, firstRow: firstFigureRow) else { return nil }
        return widths[slot.column].fraction - Self.measure(slot.cell.text, characters).fraction
    }

    private static func isFigure(_ slot: TableGrid.Slot, firstRow: Int) -> Bool {
        slot.row >= firstRow && slot.columnSpan == 1 && slot.cell.alignment == nil && !slot.cell.text.isEmpty
    }

    private static func measure(_ text: StyledText, _ characters: CharacterAdvances) -> (whole: Double, fraction: Double) {
        let measured = characters.cell(text, .tableBody)
        let whole = split(text.plain).whole.unicodeScalars.count
        return (measured.width(0..<whole), measured.width(whole..<measured.characters.count))
    }

    /// "5,53" → ("5", ",53"); "12,5%" → ("12", ",5%"); "2.091", "-", "x" → (the text, "").
    static func split(_ text: String) -> (whole: String, fraction: String) {
        guard let comma = text.lastIndex(of: ","), text[..<comma].contains(where: \.isNumber),
              text[text.index(after: comma)...].first?.isNumber == true,
              text[text.index(after: comma)...].allSatisfy({ $0.isNumber || $0 == "%" }) else { return (text, "") }
        return (String(text[..<comma]), String(text[comma...]))
    }
}
