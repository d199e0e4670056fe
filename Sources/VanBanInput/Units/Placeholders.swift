import VanBanModel

/// `{{Tên cột}}` in a text value: the value of that column for the unit being rendered.
///
/// The scan finds `{{`, then the nearest `}}` on the same line; what is between (trimmed, not
/// empty) names a column. Substitution happens on decoded strings, so locations stay those of the
/// user's file. Without a unit a placeholder prints as a dotted blank to fill in by hand.
public enum Placeholders {
    /// What stands in for a placeholder when no unit is given: a blank form to fill in by hand.
    public static let blank = "………………"

    struct Match {
        var range: Range<String.Index>
        /// The column name as written, trimmed.
        var name: String
        /// The placeholder exactly as written, `{{ Tên đơn vị }}`.
        var token: Substring
    }

    static func matches(in text: String) -> [Match] {
        // Nearly every value has no brace: skip Foundation's search through it.
        guard text.containsUTF8(UInt8(ascii: "{")) else { return [] }
        var result: [Match] = []
        var searchStart = text.startIndex
        while let open = text.range(of: "{{", range: searchStart..<text.endIndex) {
            guard let close = text.range(of: "}}", range: open.upperBound..<text.endIndex) else { break }
            let inner = text[open.upperBound..<close.lowerBound]
            let name = inner.trimmingCharacters(in: .whitespaces)
            if inner.contains("\n") || inner.contains("{") || name.isEmpty {
                searchStart = open.upperBound
                continue
            }
            result.append(Match(range: open.lowerBound..<close.upperBound, name: name, token: text[open.lowerBound..<close.upperBound]))
            searchStart = close.upperBound
        }
        return result
    }
}

/// The unit a document is read for: placeholders resolve against `table`'s columns, and take the
/// values of `row`; without a row (checking the template once before a batch) they become blanks.
public struct UnitFields: Sendable {
    public let table: UnitTable
    public let row: UnitTable.Row?

    public init(table: UnitTable, row: UnitTable.Row?) {
        self.table = table
        self.row = row
    }

    /// Where the row is, for messages about its values rather than about the document.
    var rowLocation: SourceLocation { SourceLocation(file: table.file, line: row?.line ?? 1, column: 1) }
}
