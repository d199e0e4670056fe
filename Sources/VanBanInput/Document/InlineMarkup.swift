import VanBanModel

/// Reads inline markup: `**đậm**` bold, `*nghiêng*` italic, `\*` a literal asterisk.
///
/// A marker without its partner is kept as a literal character, so a stray asterisk never
/// swallows the rest of a paragraph.
enum InlineMarkup {
    enum Token: Equatable {
        case text(String)
        case bold, italic
    }

    static func parse(_ source: String) -> StyledText {
        // Most paragraphs have no asterisk at all: one plain run, without walking the characters.
        if !source.containsUTF8(UInt8(ascii: "*")) {
            return StyledText(plain: source)
        }
        var tokens = tokenize(source)
        literalizeUnpaired(.bold, as: "**", in: &tokens)
        literalizeUnpaired(.italic, as: "*", in: &tokens)
        var runs: [StyledText.Run] = []
        var bold = false, italic = false
        for token in tokens {
            switch token {
            case let .text(text):
                if let last = runs.last, last.bold == bold, last.italic == italic {
                    runs[runs.count - 1].text += text
                } else {
                    runs.append(StyledText.Run(text, bold: bold, italic: italic))
                }
            case .bold: bold.toggle()
            case .italic: italic.toggle()
            }
        }
        return StyledText(runs: runs)
    }

    static func tokenize(_ source: String) -> [Token] {
        var tokens: [Token] = []
        // Text is gathered as slices of the source between markers, not Character by Character
        // (appending each Character cost most of reading a line with markup, in callgrind).
        var pending = ""
        var pendingStart = source.startIndex
        func flush(upTo end: String.Index) {
            pending += source[pendingStart..<end]
            if !pending.isEmpty { tokens.append(.text(pending)); pending = "" }
        }
        var index = source.startIndex
        while index < source.endIndex {
            let next = source.index(after: index)
            if isCharacter("\\", at: index, next: next, in: source), next < source.endIndex,
               isCharacter("*", at: next, next: source.index(after: next), in: source) {
                pending += source[pendingStart..<index]
                pending.append("*")
                index = source.index(after: next)
                pendingStart = index
            } else if isCharacter("*", at: index, next: next, in: source) {
                flush(upTo: index)
                let afterNext = next < source.endIndex ? source.index(after: next) : next
                if next < source.endIndex, isCharacter("*", at: next, next: afterNext, in: source) {
                    tokens.append(.bold)
                    index = afterNext
                } else {
                    tokens.append(.italic)
                    index = next
                }
                pendingStart = index
            } else {
                index = next
            }
        }
        flush(upTo: source.endIndex)
        return tokens
    }

    /// Whether the Character from `index` to `next` is the ASCII `character` alone (no mark
    /// joined to it), asked of its first byte instead of building the Character.
    private static func isCharacter(_ character: Unicode.Scalar, at index: String.Index, next: String.Index, in source: String) -> Bool {
        source.utf8[index] == UInt8(ascii: character) && source.utf8.index(after: index) == next
    }

    /// An odd number of markers leaves one open: the last one is text, not a marker.
    private static func literalizeUnpaired(_ marker: Token, as literal: String, in tokens: inout [Token]) {
        let positions = tokens.indices.filter { tokens[$0] == marker }
        if positions.count % 2 == 1, let last = positions.last {
            tokens[last] = .text(literal)
        }
    }
}
