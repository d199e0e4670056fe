import VanBanModel

/// The pages of one document section. Its flow is split into runs set on the same paper: the
/// main text turns landscape around a wide table (nd30-detail.md §1: landscape when the text has
/// tables not split into appendices) and continues portrait after it. Each run starts a new page
/// and is paginated on its own page size; the section's page numbers run on across the runs, so
/// page labels, page numbers and the bookmarks (items of the pieces) follow the pages as printed.
struct SectionPages {
    /// The section's typesetter: its paper when no piece is turned.
    let setter: Typesetter
    /// Height kept free at the foot of the section's first page (the contact footer of page 1).
    var reservedOnFirstPage = 0.0

    struct Page {
        var items: [FrameItem]
        var section: Int
        /// The typesetter of the page's paper (for the page number at its top centre as it is read).
        var setter: Typesetter
    }

    func paginate(_ pieces: [Piece]) -> [Page] {
        var pages: [Page] = []
        for run in Self.runs(pieces) {
            let paper = run.turned ? Typesetter(context: setter.context, spec: setter.spec.turnedLandscape) : setter
            let page = paper.spec.page
            let paginator = Paginator(textTop: page.top.points, textHeight: page.textHeight.points,
                                      reservedOnFirstPage: pages.isEmpty ? reservedOnFirstPage : 0)
            pages += paginator.paginate(Array(run.pieces)).map { Page(items: $0.items, section: $0.section, setter: paper) }
        }
        return pages
    }

    /// The longest runs of pieces that are all turned or all upright, in order.
    static func runs(_ pieces: [Piece]) -> [(turned: Bool, pieces: ArraySlice<Piece>)] {
        var runs: [(turned: Bool, pieces: ArraySlice<Piece>)] = []
        var start = pieces.startIndex
        for index in pieces.indices where index == pieces.endIndex - 1 || pieces[index + 1].turned != pieces[index].turned {
            runs.append((pieces[index].turned, pieces[start...index]))
            start = index + 1
        }
        return runs
    }
}
