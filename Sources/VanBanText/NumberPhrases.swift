/// "số 05", "ngày 20", "tháng 9", "năm 2024": a clerk never lets a line end between the word and
/// its number, nor between it and the blank left for a number ("số      /KH-UBND", "ngày      tháng 9").
///
/// Words are found on the UTF-8 bytes (`WordRanges`). A lead word ("số", "ngày", "tháng", "năm",
/// in any capitals, after an opening bracket or quote) is kept with the next word when that word
/// starts with a digit or a slash, or when a blank (two spaces or more) stands between them.
extension TextParagraph {
    private static let leadWords: [[UInt8]] = ["số", "ngày", "tháng", "năm"].flatMap { word in
        [word, word.uppercased(), word.prefix(1).uppercased() + word.dropFirst()].map { Array($0.utf8) }
    }

    /// UTF-8 byte ranges, each from a lead word to the end of the word it is kept with.
    ///
    /// It runs on every paragraph: the next word is looked at first (most words are followed by a
    /// single space and a word starting with a letter), and only then the word itself, in place.
    static func numberPhrases(in text: String) -> [Range<UInt32>] {
        var ranges: [Range<UInt32>] = []
        var text = text
        text.withUTF8 { bytes in
            let words = WordRanges.of(bytes)
            for (word, next) in zip(words, words.dropFirst()) {
                let first = bytes[next.lowerBound]
                let blank = next.lowerBound - word.upperBound >= 2
                guard blank || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) || first == UInt8(ascii: "/") else { continue }
                var lead = word.lowerBound
                while lead < word.upperBound, bytes[lead] == UInt8(ascii: "(") || bytes[lead] == UInt8(ascii: "[") { lead += 1 }
                // "“" (E2 80 9C) opens a quotation.
                if word.upperBound - lead > 3, bytes[lead] == 0xE2, bytes[lead + 1] == 0x80, bytes[lead + 2] == 0x9C { lead += 3 }
                let candidate = UnsafeBufferPointer(rebasing: bytes[lead..<word.upperBound])
                if leadWords.contains(where: { $0.elementsEqual(candidate) }) {
                    ranges.append(UInt32(lead)..<UInt32(next.upperBound))
                }
            }
        }
        return ranges
    }
}
