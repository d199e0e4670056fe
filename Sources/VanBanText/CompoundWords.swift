/// Two-syllable words of administrative Vietnamese that a centred line must not split: Vietnamese
/// writes each syllable apart, so Pango may break "THỊ" / "TRẤN" or "TRUNG" / "TÂM", and
/// balancing a wrapped title or unit name made such breaks common ("ĐƠN VỊ: UBND THỊ" /
/// "TRẤN TUẦN GIÁO"). Body text, justified, breaks between syllables as Word does.
///
/// Only centred paragraphs outside tables are looked at (titles, issuers, signer titles, unit
/// names): a table's columns fit single syllables, and a word wider than its column would be cut
/// between letters instead.
extension TextParagraph {
    static let compoundWords: Set<String> = [
        // Bodies and places of the state
        "ủy ban", "uỷ ban", "nhân dân", "hội đồng", "thị trấn", "thị xã", "thành phố", "trung tâm", "đơn vị",
        "văn phòng", "cơ quan", "tổ chức", "đoàn thể", "mặt trận", "tổ quốc", "công an", "quân sự",
        // Education and culture
        "giáo dục", "đào tạo", "tiểu học", "trung học", "mầm non", "mẫu giáo", "phổ thông", "dân tộc",
        "bán trú", "nội trú", "nghề nghiệp", "thường xuyên", "học tập", "suốt đời", "khuyến học",
        "thư viện", "văn hóa", "văn hoá", "thể thao", "du lịch", "thông tin", "truyền thông", "xã hội",
        "lao động", "thương binh", "y tế", "tài chính", "nội vụ", "tư pháp", "nông nghiệp",
        "phát triển", "nông thôn", "tài nguyên", "môi trường", "khoa học", "công nghệ", "xây dựng",
        "giao thông", "vận tải", "công thương", "đầu tư", "thanh tra", "thanh niên", "phụ nữ",
        // Offices and documents
        "chủ tịch", "giám đốc", "hiệu trưởng", "trưởng phòng", "thủ trưởng", "kế hoạch", "chương trình",
        "quyết định", "công văn", "báo cáo", "hướng dẫn", "thông báo", "tờ trình",
        // Events of the seeds
        "tuần lễ", "hưởng ứng", "khai mạc", "bế mạc", "tổng kết", "hoạt động", "phát động",
        // The national motto
        "cộng hòa", "cộng hoà", "chủ nghĩa", "việt nam", "độc lập", "tự do", "hạnh phúc",
    ]

    /// UTF-8 byte ranges of the compound words in `text`, any capitals.
    static func compoundWordRanges(in text: String) -> [Range<UInt32>] {
        var ranges: [Range<UInt32>] = []
        var text = text
        text.withUTF8 { bytes in
            let words = WordRanges.of(bytes)
            for (first, second) in zip(words, words.dropFirst())
            where second.lowerBound == first.upperBound + 1 && bytes[first.upperBound] == UInt8(ascii: " ") {
                let start = first.lowerBound + openingPunctuation(bytes, first)
                let end = second.upperBound - closingPunctuation(bytes, second)
                // A syllable is at most 14 bytes ("NGHIỆNG" is 10); longer tokens are let go at once.
                guard first.upperBound - start <= 14, end - second.lowerBound <= 14, end > second.lowerBound else { continue }
                let pair = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
                if compoundWords.contains(pair.lowercased()) { ranges.append(UInt32(start)..<UInt32(end)) }
            }
        }
        return ranges
    }

    /// Bytes of brackets and quotes opening the word: "(", "\"", "“".
    private static func openingPunctuation(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Int {
        var count = 0
        while word.lowerBound + count < word.upperBound {
            let index = word.lowerBound + count
            if bytes[index] == UInt8(ascii: "(") || bytes[index] == UInt8(ascii: "\"") {
                count += 1
            } else if index + 2 < word.upperBound, bytes[index] == 0xE2, bytes[index + 1] == 0x80, bytes[index + 2] == 0x9C {
                count += 3
            } else {
                break
            }
        }
        return count
    }

    /// Bytes of punctuation closing the word: ".,;:!?)\"" and "”".
    private static func closingPunctuation(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Int {
        var count = 0
        while word.upperBound - count > word.lowerBound {
            let index = word.upperBound - count - 1
            if ".,;:!?)\"".utf8.contains(bytes[index]) {
                count += 1
            } else if index - 2 >= word.lowerBound, bytes[index] == 0x9D, bytes[index - 1] == 0x80, bytes[index - 2] == 0xE2 {
                count += 3
            } else {
                break
            }
        }
        return count
    }
}
