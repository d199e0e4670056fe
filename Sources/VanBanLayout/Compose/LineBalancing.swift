import VanBanText

/// Balanced lines for centred text that wraps (tên loại, trích yếu, issuer, appendix headings,
/// signer titles…): Pango fills each line greedily and may leave one word alone on the last.
/// Halving the interval between no width and the full width, to a point, finds the narrowest
/// line length that keeps the same number of lines; the lines are broken there and stay centred
/// in the full width.
///
/// Each halving shapes the paragraph again, so the interval is first narrowed around a
/// prediction: greedy breaking replayed on the characters' advances from one shaping of the text
/// on a single line. Pango has the last word either way (a prediction it disproves only costs
/// the halvings it would have saved).
///
/// Titles, names and signer titles take a few lines. A centred text of more lines, or one whose
/// lines Pango had to cut inside a word, is left as Pango broke it: balancing could only cut the
/// word elsewhere, and its shapings of a long field (a 100 000-character summary) cost seconds.
struct LineBalancing {
    let context: TextContext

    /// The search stops when the interval is this narrow, in points.
    static let precision = 1.0
    /// The most lines a text may take and still be balanced.
    static let mostLines = 12

    func balanced(_ full: ShapedText) -> ShapedText {
        guard let width = full.paragraph.width, (2...Self.mostLines).contains(full.lines.count), !full.cutsAWord else { return full }
        var best = full
        var tooNarrow = 0.0, wideEnough = width
        func attempt(_ lineLength: Double) {
            guard lineLength > tooNarrow, lineLength < wideEnough else { return }
            var paragraph = full.paragraph
            paragraph.width = lineLength
            paragraph.boxWidth = width
            let trial = context.shape(paragraph)
            if trial.lines.count == full.lines.count, !trial.cutsAWord {
                (wideEnough, best) = (lineLength, trial)
            } else {
                tooNarrow = lineLength
            }
        }
        if let predicted = predictedWidth(full) {
            attempt(predicted + Self.precision / 2)
            attempt(predicted - Self.precision / 2)
        }
        while wideEnough - tooNarrow > Self.precision {
            attempt((tooNarrow + wideEnough) / 2)
        }
        return best
    }

    /// The narrowest line length at which greedy breaking of the text, replayed on its characters'
    /// advances, gives as many lines as Pango gave at the full width; nil when it cannot tell.
    private func predictedWidth(_ full: ShapedText) -> Double? {
        guard let width = full.paragraph.width, full.paragraph.firstLineIndent == 0 else { return nil }
        var oneLine = full.paragraph
        (oneLine.width, oneLine.boxWidth) = (nil, nil)
        let characters = context.shape(oneLine).characterAdvances()
        guard !characters.isEmpty, Self.lineCount(of: characters, at: width) == full.lines.count else { return nil }
        var fails = 0.0, fits = width
        while fits - fails > 0.01 {
            let middle = (fails + fits) / 2
            if Self.lineCount(of: characters, at: middle) == full.lines.count { fits = middle } else { fails = middle }
        }
        return fits
    }

    /// The lines greedy breaking makes at `lineLength`, as Pango does: each line takes the most
    /// characters whose ink fits (white space at its end may overhang), and ends at a line feed;
    /// nil when a word is wider.
    static func lineCount(of characters: [CharacterAdvance], at lineLength: Double) -> Int? {
        var lines = 0, start = 0
        while start < characters.count {
            lines += 1
            var advance = 0.0, ink = 0.0
            var lastFit: Int?
            var index = start
            while index < characters.count {
                if index > start, characters[index].canBreakBefore || characters[index].mustBreakBefore {
                    guard ink <= lineLength else { break }
                    lastFit = index
                    if characters[index].mustBreakBefore { break }
                }
                advance += characters[index].width
                if !characters[index].isWhite { ink = advance }
                index += 1
            }
            if index == characters.count, ink <= lineLength { return lines }
            guard let lastFit else { return nil }
            start = lastFit
        }
        return lines
    }
}
