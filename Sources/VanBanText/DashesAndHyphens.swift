/// Where a line must not break around a dash or a hyphen, and addresses kept whole.
///
/// - A spaced dash (" - ", " – ", " — ") stays with the word before it: Pango may break after the
///   space in front of it and started a line with "- KHEN THƯỞNG" (issuer "HỘI ĐỒNG THI ĐUA -
///   KHEN THƯỞNG"). The line may still break after the dash ("Hỏi -" / "đáp").
/// - A hyphen between letters or digits joins one word ("Phan Rang-Tháp Chàm", "Mát-xcơ-va"):
///   Unicode's rules allow a break after it, a clerk never.
/// - A web or e-mail address ("https://a-b.gov.vn/x-y", "vanthu@hanoi.gov.vn") is never broken:
///   neither at its hyphens nor after its slashes and dots.
///
/// Like the other phrase rules it runs on every paragraph: one walk over the UTF-8 bytes, and
/// only the rare words holding a hyphen, a dash or an address mark are looked at closer.
extension TextParagraph {
    /// UTF-8 byte ranges in which no line may break (Pango disables breaks strictly inside each).
    static func dashAndHyphenRanges(in text: String, keepingSpacedDashes: Bool) -> [Range<UInt32>] {
        var ranges: [Range<UInt32>] = []
        var text = text
        text.withUTF8 { bytes in
            var wordStart = 0
            // What the word's bytes hold: most words have no hyphen, no dash (E2 …) and no ':' or '@'.
            var hasHyphen = false, hasDashLead = false, hasAddressMark = false
            func endWord(at end: Int) {
                defer { (hasHyphen, hasDashLead, hasAddressMark) = (false, false, false) }
                guard end > wordStart, hasHyphen || hasDashLead || hasAddressMark || isWebAddress(bytes, wordStart..<end) else { return }
                let word = wordStart..<end
                if isAddress(bytes, word) {
                    ranges.append(UInt32(word.lowerBound)..<UInt32(word.upperBound))
                } else if keepingSpacedDashes, word.lowerBound > 0, bytes[word.lowerBound - 1] == UInt8(ascii: " "), isDash(bytes, word) {
                    // From the space before the dash to the dash's end: only the break before the dash goes.
                    ranges.append(UInt32(word.lowerBound - 1)..<UInt32(word.upperBound))
                } else if hasHyphen {
                    ranges += hyphensBetweenWordCharacters(bytes, word)
                }
            }
            for (offset, byte) in bytes.enumerated() {
                switch byte {
                case UInt8(ascii: " "), UInt8(ascii: "\n"):
                    endWord(at: offset)
                    wordStart = offset + 1
                case UInt8(ascii: "-"): hasHyphen = true
                case 0xE2: hasDashLead = true
                case UInt8(ascii: ":"), UInt8(ascii: "@"): hasAddressMark = true
                default: break
                }
            }
            endWord(at: bytes.count)
        }
        return ranges
    }

    /// From each hyphen with a letter or digit on both sides to the end of the character after
    /// it: only the break after the hyphen goes.
    private static func hyphensBetweenWordCharacters(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> [Range<UInt32>] {
        var ranges: [Range<UInt32>] = []
        var index = word.lowerBound + 1
        while index < word.upperBound - 1 {
            defer { index += 1 }
            guard bytes[index] == UInt8(ascii: "-"), isWordCharacter(scalar(endingAt: index, in: bytes)) else { continue }
            let (next, length) = scalar(startingAt: index + 1, in: bytes)
            if isWordCharacter(next) { ranges.append(UInt32(index)..<UInt32(index + 1 + length)) }
        }
        return ranges
    }

    /// The word is a dash alone: "-", "–" (E2 80 93) or "—" (E2 80 94).
    private static func isDash(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Bool {
        switch word.count {
        case 1: return bytes[word.lowerBound] == UInt8(ascii: "-")
        case 3: return bytes[word.lowerBound] == 0xE2 && bytes[word.lowerBound + 1] == 0x80
            && (bytes[word.lowerBound + 2] == 0x93 || bytes[word.lowerBound + 2] == 0x94)
        default: return false
        }
    }

    /// "…://…", "www.…" or "…@….…".
    private static func isAddress(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Bool {
        guard word.count >= 5 else { return false }
        var at: Int?
        for index in word {
            switch bytes[index] {
            case UInt8(ascii: ":"):
                if index + 2 < word.upperBound, bytes[index + 1] == UInt8(ascii: "/"), bytes[index + 2] == UInt8(ascii: "/") { return true }
            case UInt8(ascii: "@"): at = index
            case UInt8(ascii: "."): if let at, index > at + 1, index < word.upperBound - 1 { return true }
            default: break
            }
        }
        return isWebAddress(bytes, word)
    }

    /// "www." opens the word (Vietnamese has no "w": a cheap first look for every word).
    private static func isWebAddress(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Bool {
        let start = word.lowerBound
        return word.count >= 5 && (bytes[start] | 0x20) == UInt8(ascii: "w") && (bytes[start + 1] | 0x20) == UInt8(ascii: "w")
            && (bytes[start + 2] | 0x20) == UInt8(ascii: "w") && bytes[start + 3] == UInt8(ascii: ".")
    }

    private static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// The scalar whose UTF-8 ends right before `end`.
    private static func scalar(endingAt end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar {
        var start = end - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return scalar(startingAt: start, in: bytes).scalar
    }

    /// The scalar whose UTF-8 starts at `start`, and its length in bytes.
    private static func scalar(startingAt start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (scalar: Unicode.Scalar, length: Int) {
        var iterator = UnsafeBufferPointer(rebasing: bytes[start...]).makeIterator()
        var decoder = UTF8()
        guard case let .scalarValue(scalar) = decoder.decode(&iterator) else { return ("\u{FFFD}", 1) }
        return (scalar, UTF8.width(scalar))
    }
}
