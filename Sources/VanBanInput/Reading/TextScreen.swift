import Foundation

/// What reading a value looks for in its text, in one walk over its UTF-8 bytes: whether Unicode
/// NFC could change it, paragraphs and words too long to lay out, control characters, characters
/// the fonts cannot draw, and tabs. Walking `unicodeScalars.enumerated()` with a closure call a character
/// and a separate pass for each question cost a third of reading Đống Đa (callgrind).
enum TextScreen {
    enum Finding: Equatable {
        case clean(hasTab: Bool)
        /// Some scalar may change under NFC: compose the text and screen it again.
        case needsComposition
        /// A line (paragraph), numbered from 1, longer than `longestParagraph` characters.
        case paragraphTooLong(line: Int)
        /// A word (what lies between spaces, tabs and line feeds) longer than `longestWord`
        /// characters; `offset` counts scalars from 0 to its first.
        case wordTooLong(offset: Int)
        /// A control character other than line feed and tab; `offset` counts scalars from 0.
        case control(Unicode.Scalar, offset: Int)
        /// A bidirectional embedding, override or isolate (`BidiControls`).
        case bidiControl(Unicode.Scalar, offset: Int)
        case undrawable(Unicode.Scalar, offset: Int)
    }

    /// The text in Unicode NFC and what screening it found (never `.needsComposition`): composed
    /// through Foundation only when some scalar may change, which is rare.
    static func screened(_ raw: String, longestParagraph: Int, longestWord: Int,
                         drawable: DrawableCharacters) -> (text: String, finding: Finding) {
        let limits = (paragraph: longestParagraph, word: longestWord)
        let finding = screen(raw, isComposed: false, limits: limits, drawable: drawable)
        guard finding == .needsComposition else { return (raw, finding) }
        let composed = raw.precomposedStringWithCanonicalMapping
        return (composed, screen(composed, isComposed: true, limits: limits, drawable: drawable))
    }

    /// The first problem of `text` as NFC would leave it. Unless `isComposed`, a text NFC could
    /// change is `.needsComposition` even after a problem, since composing may move or mend it.
    private static func screen(_ text: String, isComposed: Bool, limits: (paragraph: Int, word: Int),
                               drawable: DrawableCharacters) -> Finding {
        var contiguous = text
        contiguous.makeContiguousUTF8()
        return contiguous.utf8.withContiguousStorageIfAvailable { bytes in
            var hasTab = false
            var index = 0, offset = 0, lineStart = 0, lineNumber = 1, wordStart = 0
            func found(_ problem: Finding) -> Finding {
                if isComposed { return problem }
                while index < bytes.count {
                    if !String.isLeftAloneByNFC(decodeScalar(in: bytes, at: &index)) { return .needsComposition }
                }
                return problem
            }
            while index < bytes.count {
                // Most bytes are printable ASCII that the fonts draw: nothing else to ask of them.
                let byte = bytes[index]
                if byte >= 0x20, byte < 0x7F, offset - lineStart != limits.paragraph, offset - wordStart != limits.word,
                   drawable.contains(Unicode.Scalar(byte)) {
                    if byte == UInt8(ascii: " ") { wordStart = offset + 1 }
                    index += 1
                    offset += 1
                    continue
                }
                let scalar = decodeScalar(in: bytes, at: &index)
                if !isComposed, !String.isLeftAloneByNFC(scalar) { return .needsComposition }
                if scalar == "\n" {
                    lineStart = offset + 1
                    wordStart = offset + 1
                    lineNumber += 1
                } else if offset - lineStart == limits.paragraph {
                    return found(.paragraphTooLong(line: lineNumber))
                } else if scalar == " " || scalar == "\t" {
                    wordStart = offset + 1
                    if scalar == "\t" { hasTab = true }
                } else if offset - wordStart == limits.word {
                    return found(.wordTooLong(offset: wordStart))
                } else if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                    // General category Cc is exactly U+0000–U+001F and U+007F–U+009F; no property lookup.
                    return found(.control(scalar, offset: offset))
                } else if BidiControls.contains(scalar) {
                    return found(.bidiControl(scalar, offset: offset))
                } else if !drawable.contains(scalar) {
                    return found(.undrawable(scalar, offset: offset))
                }
                offset += 1
            }
            return .clean(hasTab: hasTab)
        }!
    }

    /// The scalar whose UTF-8 starts at `index` (a String's bytes are valid UTF-8), moving past it.
    @inline(__always)
    private static func decodeScalar(in bytes: UnsafeBufferPointer<UInt8>, at index: inout Int) -> Unicode.Scalar {
        let lead = UInt32(bytes[index])
        func continuation(_ position: Int) -> UInt32 { UInt32(bytes[index + position] & 0x3F) }
        let value: UInt32
        let length: Int
        switch lead {
        case ..<0x80: value = lead; length = 1
        case ..<0xE0: value = (lead & 0x1F) << 6 | continuation(1); length = 2
        case ..<0xF0: value = (lead & 0x0F) << 12 | continuation(1) << 6 | continuation(2); length = 3
        default: value = (lead & 0x07) << 18 | continuation(1) << 12 | continuation(2) << 6 | continuation(3); length = 4
        }
        index += length
        return Unicode.Scalar(value)!
    }
}
