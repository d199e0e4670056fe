import VanBanModel
import VanBanText

/// Column widths from the words, so that no word is ever cut inside a cell: every column is at
/// least as wide as its longest word plus padding (a word being what lies between spaces, styles
/// and all), and a cell spanning columns widens them to its own longest word. Fixed columns keep
/// their length unless a word needs more, fitted columns are their longest word, and fractions
/// share what is left of the text width, none getting less than its longest word. Fixed lengths
/// too wide for the page may be squeezed, alike, down to their words (the last resort before
/// smaller text, see `TableSizing`).
struct TableColumnWidths {
    let setter: Typesetter

    /// What a column needs at least, and the word that sets it (for saying why a table is too wide).
    struct Need {
        var width: Double
        var word: String
    }

    /// The widths filling at most `total` points, or nil when the columns need more: their fixed
    /// lengths and longest words, or with `squeezingFixed` their longest words alone.
    func widths(_ table: Table, in total: Double, squeezingFixed: Bool = false) -> [Double]? {
        Self.widths(table, needs: needs(table), in: total, squeezingFixed: squeezingFixed)
    }

    /// The same from needs measured already: they depend on the table's text sizes, not the page.
    static func widths(_ table: Table, needs: [Need], in total: Double, squeezingFixed: Bool = false) -> [Double]? {
        let needs = needs.map(\.width)
        var widths = zip(table.columns, needs).map { column, need in
            if case let .fixed(length) = column.width { return max(length.points, need) }
            return need
        }
        if widths.reduce(0, +) > total + 0.01 {
            guard squeezingFixed, needs.reduce(0, +) <= total + 0.01 else { return nil }
            widths = squeezed(widths, to: total, needs: needs)
        }
        // Fractions share the rest; one whose share is below its longest word keeps that word's
        // width, and the others share what remains (repeated until every share holds its words).
        var sharing = Set(table.columns.indices.filter { table.columns[$0].share != nil })
        while !sharing.isEmpty {
            let rest = total - widths.indices.filter { !sharing.contains($0) }.reduce(0) { $0 + widths[$1] }
            let shares = sharing.reduce(0) { $0 + (table.columns[$1].share ?? 0) }
            let tooNarrow = sharing.filter { rest * (table.columns[$0].share ?? 0) / shares < needs[$0] - 0.001 }
            if tooNarrow.isEmpty {
                for index in sharing { widths[index] = rest * (table.columns[index].share ?? 0) / shares }
                break
            }
            sharing.subtract(tooNarrow)
        }
        return widths
    }

    /// Widths too wide for `total` made narrower by one factor, none below its need (whose columns
    /// are then set aside and the factor found again for the others).
    private static func squeezed(_ widths: [Double], to total: Double, needs: [Double]) -> [Double] {
        var result = widths
        var free = Set(widths.indices.filter { widths[$0] > needs[$0] })
        while !free.isEmpty {
            let fixed = result.indices.filter { !free.contains($0) }.reduce(0) { $0 + result[$1] }
            let factor = (total - fixed) / free.reduce(0) { $0 + widths[$1] }
            let atNeed = free.filter { widths[$0] * factor < needs[$0] }
            if atNeed.isEmpty {
                for index in free { result[index] = widths[index] * factor }
                break
            }
            for index in atNeed { result[index] = needs[index] }
            free.subtract(atNeed)
        }
        return result
    }

    /// The widths when the words of the shared (`fr`) columns cannot matter, without measuring
    /// them; nil when they might (then every word is measured). Their words are bounded from above
    /// by their length: no character is wider than 1.5 em. When no such bound holds a share back,
    /// the words as measured (never wider than their bounds) would give the same widths; the other
    /// columns and the cells spanning columns are measured as ever. Most tables are such: a few narrow columns of numbers or
    /// dates and one or two wide ones of text, whose many words then need no measuring.
    func widthsWithoutMeasuringText(_ table: Table, in total: Double) -> [Double]? {
        var boundWidened = false
        let bounds = needs(table, boundingText: true, widened: &boundWidened)
        guard !boundWidened, let widths = Self.widths(table, needs: bounds, in: total) else { return nil }
        for (index, column) in table.columns.enumerated() where Self.isText(column) {
            if widths[index] <= bounds[index].width + 0.001 { return nil }
        }
        return widths
    }

    /// Columns whose words are bounded rather than measured in `widthsWithoutMeasuringText`.
    private static func isText(_ column: Table.Column) -> Bool { column.share != nil && !column.alignsNumbers }

    /// Each column's least width: its longest word (or, for figures aligned on the comma, its
    /// widest whole part and widest decimal part side by side) plus padding, then widened where a
    /// spanning cell's longest word needs more than its columns.
    func needs(_ table: Table) -> [Need] {
        var widened = false
        return needs(table, boundingText: false, widened: &widened)
    }

    /// `needs`, or with `boundingText` the words of the text columns' own cells bounded by their
    /// length; `widened` says whether a spanning cell widened its columns (then over bounds).
    private func needs(_ table: Table, boundingText: Bool, widened: inout Bool) -> [Need] {
        let padding = 2 * setter.spec.table.paddingX.points
        // An empty column still holds one character: about 0.6 em of the larger table size.
        let character = 0.6 * max(setter.size(.tableHeader), setter.size(.tableBody))
        var needs = [Need](repeating: Need(width: character + padding, word: ""), count: table.columns.count)
        let characters = CharacterAdvances(setter: setter)
        func widestWord(_ text: StyledText, _ role: StyleRole, column: Int?) -> (text: String, width: Double) {
            guard boundingText, let column, Self.isText(table.columns[column]) else {
                return characters.widestWord(text, role)
            }
            return ("", 1.5 * setter.size(role) * Double(Self.longestWordLength(text)))
        }
        let header = TableGrid(table.headerRows, columns: table.columns.count).slots.map { ($0, StyleRole.tableHeader) }
        let body = TableGrid(table.rows, columns: table.columns.count).slots.map { ($0, StyleRole.tableBody) }
        let slots = header + body
        for (slot, role) in slots where slot.columnSpan == 1 {
            let word = widestWord(slot.cell.text, role, column: slot.column)
            if word.width + padding > needs[slot.column].width {
                needs[slot.column] = Need(width: word.width + padding, word: word.text)
            }
        }
        let figures = NumberAlignment(table: table, characters: characters)
        for column in table.columns.indices where figures.widths[column].whole > 0 {
            let width = figures.widths[column].whole + figures.widths[column].fraction + padding
            if width > needs[column].width { needs[column].width = width }
        }
        for (slot, role) in slots.filter({ $0.0.columnSpan > 1 }).sorted(by: { $0.0.columnSpan < $1.0.columnSpan }) {
            let spanned = Array(slot.column..<(slot.column + slot.columnSpan))
            let word = widestWord(slot.cell.text, role, column: nil)
            let missing = word.width + padding - spanned.reduce(0) { $0 + needs[$1].width }
            guard missing > 0 else { continue }
            widened = true
            // Shares of the spanned fractions take the extra width; without any, the columns alike.
            let shares = spanned.map { table.columns[$0].share ?? 0 }
            let total = shares.reduce(0, +)
            for (index, column) in spanned.enumerated() {
                needs[column].width += total > 0 ? missing * shares[index] / total : missing / Double(spanned.count)
                needs[column].word = word.text
            }
        }
        return needs
    }

    /// The characters of the text's longest space-separated word.
    private static func longestWordLength(_ text: StyledText) -> Int {
        var longest = 0, current = 0
        for run in text.runs {
            for character in run.text.unicodeScalars {
                if character == " " || character == "\n" { current = 0 } else { current += 1; longest = max(longest, current) }
            }
        }
        return longest
    }
}

extension Table.Column {
    /// The column's share of the rest ("2fr"), nil for fixed and fitted columns.
    var share: Double? {
        if case let .fraction(share) = width { return share }
        return nil
    }
}
