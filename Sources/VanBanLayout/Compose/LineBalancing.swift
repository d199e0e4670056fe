import VanBanText

/// Balanced lines for centred text that wraps (tên loại, trích yếu, issuer, appendix headings,
/// signer titles…): Pango fills each line greedily and may leave one word alone on the last.
/// Halving the interval between no width and the full width, to a point, finds the narrowest
/// line length that keeps the same number of lines; the lines are broken there and stay centred
/// in the full width.
struct LineBalancing {
    let context: TextContext

    /// The search stops when the interval is this narrow, in points.
    static let precision = 1.0

    func balanced(_ full: ShapedText) -> ShapedText {
        guard let width = full.paragraph.width, full.lines.count > 1 else { return full }
        var best = full
        var tooNarrow = 0.0, wideEnough = width
        while wideEnough - tooNarrow > Self.precision {
            var paragraph = full.paragraph
            paragraph.width = (tooNarrow + wideEnough) / 2
            paragraph.boxWidth = width
            let trial = context.shape(paragraph)
            if trial.lines.count == full.lines.count, !Self.breaksInsideWord(trial) {
                (wideEnough, best) = (paragraph.width!, trial)
            } else {
                tooNarrow = paragraph.width!
            }
        }
        return best
    }

    /// Pango falls back to breaking between letters when a word does not fit: a line that starts
    /// with a letter or digit right after one (no space, hyphen or line feed between) was cut
    /// inside a word.
    private static func breaksInsideWord(_ shaped: ShapedText) -> Bool {
        func isWordCharacter(_ character: Character?) -> Bool { character.map { $0.isLetter || $0.isNumber } ?? false }
        let bytes = Array(shaped.text.utf8)
        return shaped.lines.dropFirst().contains { line in
            isWordCharacter(String(decoding: bytes[..<line.startIndex], as: UTF8.self).last)
                && isWordCharacter(String(decoding: bytes[line.startIndex...], as: UTF8.self).first)
        }
    }
}
