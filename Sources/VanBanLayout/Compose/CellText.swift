import VanBanModel
import VanBanText

/// The advance of every character a table's cells use, in each of their styles, from a shaping
/// of those characters set apart by spaces. Kerning is off and Pango rounds each glyph's advance
/// on its own, so a word's width is the sum of its characters' advances; a ligature could only
/// make the word narrower, never cut it.
///
/// A table measures every word of every cell, when the document is read (to refuse what cannot
/// fit) and again when it is laid out: shaping each cell or word for that cost several times the
/// shaping of the table itself; this costs a few short paragraphs of the characters met first in
/// each style, which the text context keeps for the next time.
final class CharacterAdvances {
    private struct Style: Hashable {
        var size: Double
        var bold: Bool, italic: Bool
    }

    private let setter: Typesetter
    private var advances: [Style: [Unicode.Scalar: Double]] = [:]

    init(setter: Typesetter) { self.setter = setter }

    /// The cell's characters and their advances.
    func cell(_ text: StyledText, _ role: StyleRole) -> CellText {
        var characters: [Unicode.Scalar] = [], widths: [Double] = []
        for run in text.runs {
            var table = advances(of: run, role)
            for character in run.text.unicodeScalars {
                characters.append(character)
                widths.append(advance(of: character, in: &table, run: run, role))
            }
        }
        return CellText(characters: characters, advances: widths)
    }

    /// The widest space-separated word of the cell and its width, in one pass over its characters
    /// (it runs on every cell of every table, so it allocates only its two word buffers).
    func widestWord(_ text: StyledText, _ role: StyleRole) -> (text: String, width: Double) {
        var widest: [Unicode.Scalar] = [], widestWidth = 0.0
        var word: [Unicode.Scalar] = [], width = 0.0
        func endWord() {
            if width > widestWidth { swap(&widest, &word); widestWidth = width }
            word.removeAll(keepingCapacity: true)
            width = 0
        }
        for run in text.runs {
            var table = advances(of: run, role)
            for character in run.text.unicodeScalars {
                if character == " " || character == "\n" {
                    endWord()
                } else {
                    word.append(character)
                    width += advance(of: character, in: &table, run: run, role)
                }
            }
        }
        endWord()
        var view = String.UnicodeScalarView()
        view.append(contentsOf: widest)
        return (String(view), widestWidth)
    }

    /// The advances known in the run's style (the role's, bold or italic where the run is).
    private func advances(of run: StyledText.Run, _ role: StyleRole) -> [Unicode.Scalar: Double] {
        advances[style(of: run, role)] ?? [:]
    }

    /// The character's advance; a character not yet known is measured with every other unknown
    /// character of its run, in one shaping, and `table` is brought up to date.
    private func advance(of character: Unicode.Scalar, in table: inout [Unicode.Scalar: Double], run: StyledText.Run,
                         _ role: StyleRole) -> Double {
        if let known = table[character] { return known }
        let style = style(of: run, role)
        measure(Set(run.text.unicodeScalars.filter { table[$0] == nil }), style)
        table = advances[style] ?? [:]
        return table[character] ?? 0
    }

    private func style(of run: StyledText.Run, _ role: StyleRole) -> Style {
        let base = setter.spec.style(role)
        return Style(size: base.size.points, bold: run.bold || base.bold, italic: run.italic || base.italic)
    }

    private func measure(_ characters: Set<Unicode.Scalar>, _ style: Style) {
        let sorted = characters.filter { $0 != " " && $0 != "\n" }.sorted { $0.value < $1.value }
        var text = String.UnicodeScalarView()
        for character in sorted { text.append(contentsOf: [character, " "]) }
        let shaped = setter.context.shape([TextRun(String(text), bold: style.bold, italic: style.italic)], size: style.size,
                                          width: nil)
        let measured = shaped.characterAdvances()
        var table = advances[style] ?? [" ": 0, "\n": 0]
        for (index, character) in sorted.enumerated() {
            table[character] = 2 * index < measured.count ? measured[2 * index].width : 0
        }
        advances[style] = table
    }
}

/// A cell's characters with their advances: the width of any part of it (a figure's whole part)
/// is a sum, without shaping that part.
struct CellText {
    let characters: [Unicode.Scalar]
    let advances: [Double]

    func width(_ range: Range<Int>) -> Double { advances[range].reduce(0, +) }
}
