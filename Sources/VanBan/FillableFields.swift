import VanBanLayout
import VanBanPDF

/// Turns the blanks that layout left on the pages into AcroForm text fields (`--fillable`):
/// same rectangles, names from their labels made unique and legal (no '.', which separates
/// field names in PDF), the full label as the reader's tooltip.
enum FillableFields {
    /// Long row labels are cut at a word so names stay readable in a reader's field list.
    private static let maximumNameLength = 60

    static func formFields(in pages: [PageFrame]) -> [FormField] {
        var used: [String: Int] = [:]
        var fields: [FormField] = []
        for (pageIndex, page) in pages.enumerated() {
            for item in page.items {
                guard case let .blank(blank) = item.content else { continue }
                let (row, column) = nameParts(from: blank.label)
                let base = row + column
                let count = (used[base] ?? 0) + 1
                used[base] = count
                fields.append(FormField(
                    name: count == 1 ? base : "\(row) (\(count))\(column)",
                    kind: .text(multiline: blank.multiline, numeric: blank.numeric, fontSize: blank.fontSize),
                    page: pageIndex,
                    rect: PageRect(x: item.x, y: item.y, width: blank.width, height: blank.height),
                    tooltip: blank.label))
            }
        }
        return fields
    }

    /// A table cell's label "row – column" is shortened in its row part only, so every field of a
    /// row keeps its column ("Bồi dưỡng … – Người"); a repeated name is numbered before the column.
    static func nameParts(from label: String) -> (row: String, column: String) {
        guard let dash = label.range(of: " – ", options: .backwards) else { return (name(from: label), "") }
        let column = " – " + name(from: String(label[dash.upperBound...]))
        return (name(from: String(label[..<dash.lowerBound]), limit: maximumNameLength - column.count), column)
    }

    static func name(from label: String, limit: Int = maximumNameLength) -> String {
        let words = label.replacingOccurrences(of: ".", with: " ").split(separator: " ")
        var name = ""
        for word in words {
            let next = name.isEmpty ? String(word) : name + " " + word
            if next.count > limit, !name.isEmpty { return name + "…" }
            name = next
        }
        return name.isEmpty ? "Ô trống" : name
    }
}
