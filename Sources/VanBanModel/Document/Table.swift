/// A table: column widths and alignment, header rows, body rows, how many of its first rows
/// repeat on every page it continues on, and whether it may turn the page sideways.
public struct Table: Sendable, Hashable {
    public struct Column: Sendable, Hashable {
        public enum Width: Sendable, Hashable {
            case fixed(Length)
            /// A share of the width left after the fixed columns ("2fr").
            case fraction(Double)
            /// As wide as the column's widest unbreakable content (its longest word), plus padding.
            case fit
        }

        public var width: Width
        public var alignment: Paragraph.Alignment
        /// Figures ("2.091", "5,53") aligned on their decimal comma, right-aligned when none has one.
        public var alignsNumbers: Bool

        public init(width: Width, alignment: Paragraph.Alignment, alignsNumbers: Bool = false) {
            self.width = width
            self.alignment = alignment
            self.alignsNumbers = alignsNumbers
        }
    }

    public struct Cell: Sendable, Hashable {
        public var text: StyledText
        public var columnSpan: Int
        public var rowSpan: Int
        public var alignment: Paragraph.Alignment?
        /// A blank (ô trống) that the receiving unit fills in; nil for an ordinary cell.
        public var blank: Blank?

        public init(text: StyledText, columnSpan: Int = 1, rowSpan: Int = 1, alignment: Paragraph.Alignment? = nil,
                    blank: Blank? = nil) {
            self.text = text
            self.columnSpan = columnSpan
            self.rowSpan = rowSpan
            self.alignment = alignment
            self.blank = blank
        }
    }

    public var columns: [Column]
    public var headerRows: [[Cell]]
    public var rows: [[Cell]]
    /// How many of the first rows, header rows then body rows, repeat at the top of every page the
    /// table continues on: the header, and often the row of column numbers "(1) (2) …" under it.
    public var repeatedRows: Int
    /// A table in the main text wider than the portrait page goes on landscape pages of its own
    /// when `auto` finds it too wide, or always with `landscape`; in an appendix, the appendix turns.
    public var orientation: Appendix.Orientation

    public init(columns: [Column], headerRows: [[Cell]], rows: [[Cell]], repeatedRows: Int? = nil,
                orientation: Appendix.Orientation = .auto) {
        self.columns = columns
        self.headerRows = headerRows
        self.rows = rows
        self.repeatedRows = repeatedRows ?? headerRows.count
        self.orientation = orientation
    }
}
