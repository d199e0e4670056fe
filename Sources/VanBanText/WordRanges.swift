/// The words of a text as byte ranges of its UTF-8: the runs between spaces and line feeds.
/// Phrase rules (numbers kept with their word, compound words) look at neighbouring words.
enum WordRanges {
    static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var words: [Range<Int>] = []
        var start: Int?
        for (offset, byte) in bytes.enumerated() {
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") {
                if let wordStart = start { words.append(wordStart..<offset) }
                start = nil
            } else if start == nil {
                start = offset
            }
        }
        if let wordStart = start { words.append(wordStart..<bytes.count) }
        return words
    }
}
