/// Distributes pieces onto pages of a fixed text height.
///
/// Pieces are stacked until one does not fit; the page then ends at the last place before it where
/// a break is allowed, and everything after that place moves to the next page. Work is linear in
/// the number of pieces except for that short step back. A chain of pieces that may not be
/// separated and is taller than a page is broken where it overflows, so nothing is ever lost.
struct Paginator {
    let textTop: Double
    let textHeight: Double
    /// Height kept free at the foot of the first page (the contact footer, ô 13).
    var reservedOnFirstPage = 0.0

    struct Page {
        var items: [FrameItem]
        var section: Int
    }

    func paginate(_ pieces: [Piece]) -> [Page] {
        var pages: [Page] = []
        var current: [Piece] = []   // pieces on the page being filled
        var repeated = 0            // of which the first ones are a table header repeated here
        var used = 0.0
        var index = 0

        func close() {
            pages.append(place(current))
            current = []
            repeated = 0
            used = 0
        }

        while index < pieces.count {
            let piece = pieces[index]
            if piece.breakBefore == .page, !current.isEmpty { close() }
            if current.isEmpty, let header = piece.repeatedHeader {
                // A table continues on a new page: its header rows come first again.
                current = header
                repeated = header.count
                used = header.reduce(0) { $0 + $1.height }
            }
            let space = current.isEmpty ? 0 : piece.spaceBefore
            let height = pages.isEmpty ? textHeight - reservedOnFirstPage : textHeight
            if used + space + piece.height <= height + 0.01 || current.count == repeated {
                current.append(piece)
                used += space + piece.height
                index += 1
                continue
            }
            // Step back to the last allowed break on this page, keeping at least one piece.
            var breakAt = current.count
            while breakAt > repeated + 1, breakBefore(of: current, at: breakAt, next: piece) == .avoid {
                breakAt -= 1
            }
            if breakBefore(of: current, at: breakAt, next: piece) == .avoid {
                // The whole page is one chain that may not be split: break where it overflows.
                close()
                continue
            }
            let moved = current.count - breakAt
            index -= moved
            current.removeLast(moved)
            close()
        }
        if !current.isEmpty { close() }
        return pages
    }

    /// The break rule between `current[at - 1]` and the piece after it.
    private func breakBefore(of current: [Piece], at position: Int, next: Piece) -> Piece.Break {
        position == current.count ? next.breakBefore : current[position].breakBefore
    }

    /// Positions a page's pieces from the top of the text area down.
    private func place(_ pieces: [Piece]) -> Page {
        var y = textTop
        var items: [FrameItem] = []
        for (position, piece) in pieces.enumerated() {
            if position > 0 { y += piece.spaceBefore }
            items.append(contentsOf: piece.items.map { $0.offset(by: y) })
            y += piece.height
        }
        return Page(items: items, section: pieces.first?.section ?? 0)
    }
}
