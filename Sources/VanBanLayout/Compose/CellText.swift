import VanBanModel
import VanBanText

/// A cell's text shaped once on one line, with each character's advance: the width of any of its
/// words (or of a figure's whole part) follows by adding advances, without shaping the word again.
/// Kerning is off, so a word's advances add up to the word's own width. A table measures every
/// word of every cell, twice (when the document is read and when it is laid out); one shaping per
/// distinct cell, kept by the text context, serves both.
struct CellText {
    let characters: [Unicode.Scalar]
    let advances: [Double]

    init(_ text: StyledText, _ role: StyleRole, setter: Typesetter) {
        let runs = setter.runs(text, role)
        let characters = Array(runs.map(\.text).joined().unicodeScalars)
        let advances = setter.shape(runs, role, width: nil).characterAdvances()
        if advances.count == characters.count {
            self.characters = characters
            self.advances = advances.map(\.width)
        } else {
            // Pango counts characters as Unicode does, so this does not happen; if it ever did,
            // each word is shaped on its own: slower, as exact.
            (self.characters, self.advances) = Self.wordByWord(runs, role, setter: setter)
        }
    }

    /// Each space-separated word and its width.
    var words: [(text: String, width: Double)] {
        var words: [(text: String, width: Double)] = []
        var start = 0
        for index in 0...characters.count where index == characters.count || Self.separates(characters[index]) {
            if index > start {
                var word = String.UnicodeScalarView()
                word.append(contentsOf: characters[start..<index])
                words.append((String(word), width(start..<index)))
            }
            start = index + 1
        }
        return words
    }

    func width(_ range: Range<Int>) -> Double { advances[range].reduce(0, +) }

    private static func separates(_ character: Unicode.Scalar) -> Bool { character == " " || character == "\n" }

    /// The characters with each word's width on its first character and 0 on the others.
    private static func wordByWord(_ runs: [TextRun], _ role: StyleRole, setter: Typesetter) -> ([Unicode.Scalar], [Double]) {
        var characters: [Unicode.Scalar] = [], advances: [Double] = []
        var word: [TextRun] = []
        func endWord() {
            let text = word.map(\.text).joined()
            guard !text.isEmpty else { return }
            characters += text.unicodeScalars
            advances += [setter.shape(word, role, width: nil).naturalWidth] + Array(repeating: 0, count: text.unicodeScalars.count - 1)
            word = []
        }
        for run in runs {
            var piece = ""
            for character in run.text.unicodeScalars {
                if separates(character) {
                    if !piece.isEmpty { word.append(TextRun(piece, bold: run.bold, italic: run.italic)) }
                    piece = ""
                    endWord()
                    characters.append(character)
                    advances.append(0)
                } else {
                    piece.unicodeScalars.append(character)
                }
            }
            if !piece.isEmpty { word.append(TextRun(piece, bold: run.bold, italic: run.italic)) }
        }
        endWord()
        return (characters, advances)
    }
}
