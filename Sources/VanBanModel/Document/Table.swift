/// A table: column widths and alignment, header rows repeated on every page, body rows.
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

        public init(width: Width, alignment: Paragraph.Alignment) {
            self.width = width
            self.alignment = alignment
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

    public init(columns: [Column], headerRows: [[Cell]], rows: [[Cell]]) {
        self.columns = columns
        self.headerRows = headerRows
        self.rows = rows
    }
}
