import VanBanModel

/// Reads inline markup: `**đậm**` bold, `*nghiêng*` italic, `\*` a literal asterisk.
///
/// A marker without its partner is kept as a literal character, so a stray asterisk never
/// swallows the rest of a paragraph.
enum InlineMarkup {
    private enum Token: Equatable {
        case text(String)
        case bold, italic
    }

    static func parse(_ source: String) -> StyledText {
        // Most paragraphs have no asterisk at all: one plain run, without walking the characters.
        if !source.utf8.contains(UInt8(ascii: "*")) {
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

    private static func tokenize(_ source: String) -> [Token] {
        var tokens: [Token] = []
        var pending = ""
        var index = source.startIndex
        func flush() {
            if !pending.isEmpty { tokens.append(.text(pending)); pending = "" }
        }
        while index < source.endIndex {
            let character = source[index]
            let next = source.index(after: index)
            if character == "\\", next < source.endIndex, source[next] == "*" {
                pending.append("*")
                index = source.index(after: next)
            } else if character == "*" {
                flush()
                if next < source.endIndex, source[next] == "*" {
                    tokens.append(.bold)
                    index = source.index(after: next)
                } else {
                    tokens.append(.italic)
                    index = next
                }
            } else {
                pending.append(character)
                index = next
            }
        }
        flush()
        return tokens
    }

    /// An odd number of markers leaves one open: the last one is text, not a marker.
    private static func literalizeUnpaired(_ marker: Token, as literal: String, in tokens: inout [Token]) {
        let positions = tokens.indices.filter { tokens[$0] == marker }
        if positions.count % 2 == 1, let last = positions.last {
            tokens[last] = .text(literal)
        }
    }
}
