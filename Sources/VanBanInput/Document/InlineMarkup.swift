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
        // The bytes are searched for the two marker bytes and the text between is taken as slices
        // (walking and appending Character by Character cost most of reading a line with markup,
        // in callgrind); a marker byte counts only when it is a Character of its own.
        let utf8 = source.utf8
        var pending = ""
        var pendingStart = utf8.startIndex
        func flush(upTo end: String.Index) {
            pending += source[pendingStart..<end]
            if !pending.isEmpty { tokens.append(.text(pending)); pending = "" }
        }
        func isAsterisk(at index: String.Index) -> Bool {
            index < utf8.endIndex && utf8[index] == UInt8(ascii: "*") && isCharacterOfItsOwn(at: index, in: source)
        }
        var searchFrom = utf8.startIndex
        while let marker = utf8[searchFrom...].firstIndex(where: { $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "\\") }) {
            let next = utf8.index(after: marker)
            searchFrom = next
            guard isCharacterOfItsOwn(at: marker, in: source) else { continue }
            if utf8[marker] == UInt8(ascii: "\\") {
                guard isAsterisk(at: next) else { continue }
                pending += source[pendingStart..<marker]
                pending.append("*")
                searchFrom = utf8.index(after: next)
            } else {
                flush(upTo: marker)
                if isAsterisk(at: next) {
                    tokens.append(.bold)
                    searchFrom = utf8.index(after: next)
                } else {
                    tokens.append(.italic)
                }
            }
            pendingStart = searchFrom
        }
        flush(upTo: utf8.endIndex)
        return tokens
    }

    /// Whether the one-byte scalar at `index` is a whole Character: no mark joined to it, and it
    /// not joined to what precedes it.
    private static func isCharacterOfItsOwn(at index: String.Index, in source: String) -> Bool {
        let after = source.utf8.index(after: index)
        return index.samePosition(in: source) != nil && (after == source.endIndex || after.samePosition(in: source) != nil)
    }

    /// An odd number of markers leaves one open: the last one is text, not a marker.
    private static func literalizeUnpaired(_ marker: Token, as literal: String, in tokens: inout [Token]) {
        let positions = tokens.indices.filter { tokens[$0] == marker }
        if positions.count % 2 == 1, let last = positions.last {
            tokens[last] = .text(literal)
        }
    }
}
