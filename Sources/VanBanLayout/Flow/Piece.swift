/// An unbreakable slice of the flow (a line, a table row, the closing block) with the items it
/// holds, positioned relative to its own top edge.
///
/// Pagination only ever breaks between pieces, and only where `breakBefore` allows it: that is
/// how keep-with-next, widow/orphan control and keep-together are expressed.
struct Piece {
    enum Break {
        case allowed
        /// Keep this piece on the same page as the one before it.
        case avoid
        /// Always start a new page here (a new appendix).
        case page
    }

    var height: Double
    /// Space above the piece; dropped at the top of a page.
    var spaceBefore: Double
    var breakBefore: Break
    var items: [FrameItem]
    /// The header rows to repeat when a table continues on a new page with this piece.
    var repeatedHeader: [Piece]?
    /// Which document section the piece belongs to (0 main text, 1… appendices).
    var section: Int
    /// Set on the section's paper turned sideways: a wide table of the main text and what
    /// introduces it, on landscape pages of their own (see `PaperRuns`).
    var turned = false

    init(height: Double, spaceBefore: Double = 0, breakBefore: Break = .allowed, items: [FrameItem],
         repeatedHeader: [Piece]? = nil, section: Int = 0) {
        self.height = height
        self.spaceBefore = spaceBefore
        self.breakBefore = breakBefore
        self.items = items
        self.repeatedHeader = repeatedHeader
        self.section = section
    }
}
