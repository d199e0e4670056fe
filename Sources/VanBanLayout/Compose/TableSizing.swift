import VanBanModel
import VanBanText

/// How a table is set: the paper it goes on, the size of its text and its column widths.
struct TableSetting {
    /// The typesetter of the table's text: the section's, or one for the section's paper turned
    /// landscape, with the table styles made smaller where that was needed.
    var setter: Typesetter
    var widths: [Double]
    /// Whether the table goes on landscape pages of its own in a portrait section.
    var turned: Bool
}

/// A table whose columns' longest words do not fit the page even at the layout's smallest table size.
struct TableTooWide {
    /// The column (from 0) that needs the most, its widest word and that word's width with padding.
    var column: Int
    var word: String
    var wordWidth: Double
    /// What all columns need together, and what the page offers.
    var needed: Double
    var available: Double
    /// The table text size tried last, and whether on the landscape page.
    var size: Double
    var landscape: Bool
}

/// Chooses a table's setting in the order the decree's wide tables are handled: the section's
/// page at the table styles' sizes; then landscape pages (a table of the main text, when its
/// orientation allows); then fixed column lengths squeezed down to their words; then table text
/// smaller, down to the layout's `table.minimumSize`. What still does not fit is refused
/// (`TableTooWide`), never drawn past the margin.
struct TableSizing {
    /// The section's typesetter.
    let setter: Typesetter
    /// Whether the table may turn its pages landscape: tables of the main text; an appendix turns as a whole.
    let mayTurn: Bool

    /// A size step of table text, as word processors offer them.
    private static let step = 0.5

    /// The setting, and the reason when the table is too wide: then the setting is the smallest
    /// one squeezed to the margins (words may be cut), for a document laid out without being read
    /// through `Composer`, which refuses such tables.
    func setting(_ table: Table) -> (setting: TableSetting, tooWide: TableTooWide?) {
        var papers = [(setter: setter, turned: false)]
        if mayTurn, setter.spec.page.height.points > setter.spec.page.width.points, table.orientation != .portrait {
            let turned = (setter: Typesetter(context: setter.context, spec: setter.spec.turnedLandscape), turned: true)
            papers = table.orientation == .landscape ? [turned] : papers + [turned]
        }
        if let widths = TableColumnWidths(setter: setter).widthsWithoutMeasuringText(table, in: papers[0].setter.textWidth) {
            return (TableSetting(setter: papers[0].setter, widths: widths, turned: papers[0].turned), nil)
        }
        // The papers differ in width only: the words are measured once.
        let needs = TableColumnWidths(setter: setter).needs(table)
        for paper in papers {
            if let widths = TableColumnWidths.widths(table, needs: needs, in: paper.setter.textWidth) {
                return (TableSetting(setter: paper.setter, widths: widths, turned: paper.turned), nil)
            }
        }
        let paper = papers[papers.count - 1]
        if let widths = TableColumnWidths.widths(table, needs: needs, in: paper.setter.textWidth, squeezingFixed: true) {
            return (TableSetting(setter: paper.setter, widths: widths, turned: paper.turned), nil)
        }
        let smaller = smaller(table, on: paper.setter)
        let setting = TableSetting(setter: smaller.setter, widths: smaller.widths, turned: paper.turned)
        guard smaller.fits else {
            let needs = TableColumnWidths(setter: smaller.setter).needs(table).map(\.width)
            let sum = needs.reduce(0, +)
            return (TableSetting(setter: smaller.setter, widths: needs.map { $0 * smaller.setter.textWidth / sum }, turned: paper.turned),
                    tooWide(table, setter: smaller.setter, available: smaller.setter.textWidth))
        }
        return (setting, nil)
    }

    /// Whether the table fits the section's own page at the table styles' sizes and its fixed lengths.
    func fitsAtFullSize(_ table: Table) -> Bool {
        let widths = TableColumnWidths(setter: setter)
        return widths.widthsWithoutMeasuringText(table, in: setter.textWidth) != nil || widths.widths(table, in: setter.textWidth) != nil
    }

    /// The largest table size, in steps of half a point down to the floor, at which the words fit.
    /// Word widths grow with the size and padding does not, so the first size tried is estimated
    /// from the widths at full size; it is then lowered step by step until the words fit.
    private func smaller(_ table: Table, on paper: Typesetter) -> (setter: Typesetter, widths: [Double], fits: Bool) {
        let full = max(paper.size(.tableHeader), paper.size(.tableBody))
        let floor = paper.spec.table.minimumSize.points
        let available = paper.textWidth
        let padding = 2 * paper.spec.table.paddingX.points * Double(table.columns.count)
        let needed = TableColumnWidths(setter: paper).needs(table).reduce(0) { $0 + $1.width }
        let estimate = full * max(0, available - padding) / max(needed - padding, 1)
        var size = max(floor, min(full - Self.step, (estimate / Self.step).rounded(.down) * Self.step))
        while true {
            let smaller = Typesetter(context: paper.context, spec: paper.spec.withTableText(reducedBy: full - size))
            if let widths = TableColumnWidths(setter: smaller).widths(table, in: available, squeezingFixed: true) {
                return (smaller, widths, true)
            }
            if size <= floor { return (smaller, [], false) }
            size = max(floor, size - Self.step)
        }
    }

    private func tooWide(_ table: Table, setter: Typesetter, available: Double) -> TableTooWide {
        let needs = TableColumnWidths(setter: setter).needs(table)
        let widest = needs.indices.max { needs[$0].width < needs[$1].width } ?? 0
        return TableTooWide(column: widest, word: needs[widest].word, wordWidth: needs[widest].width,
                            needed: needs.reduce(0) { $0 + $1.width }, available: available,
                            size: max(setter.size(.tableHeader), setter.size(.tableBody)),
                            landscape: setter.spec.page.width.points > setter.spec.page.height.points)
    }
}

extension LayoutSpec {
    /// The table styles made smaller by `points`, neither below `table.minimumSize`.
    func withTableText(reducedBy points: Double) -> LayoutSpec {
        var spec = self
        for role in [StyleRole.tableHeader, .tableBody] {
            var style = spec.style(role)
            style.size = .pt(max(table.minimumSize.points, style.size.points - points))
            spec.styles[role] = style
        }
        return spec
    }
}
