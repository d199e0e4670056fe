import Foundation

/// An organisation's name as it reads inside a sentence ("… của Ủy ban nhân dân huyện Tuần Giáo"),
/// from its header lines, which are usually typed in capitals ("ỦY BAN NHÂN DÂN", "HUYỆN TUẦN GIÁO").
///
/// A name typed in capitals follows the decree's capitalisation rules (nd30-detail.md §6): the first
/// word capitalised, an administrative unit word (tỉnh, huyện, xã…) in lower case and the proper
/// name after it capitalised ("Quận 1" when that name is a number), acronyms (words that are no
/// Vietnamese syllable) kept in capitals ("UBND", "THCS", "GDNN-GDTX") and the words after an acronym taken as a proper name ("Trường THCS Phủ
/// Thông"). A name with any lower-case letter is kept as written.
enum RunningName {
    /// Unit words, the longer first so that "thị xã" is not read as "xã".
    /// Agency words that open a name whose fields are capitalised (nd30-detail.md §6).
    static let agencyWords = [["văn", "phòng"], ["chi", "cục"], ["tổng", "cục"], ["trung", "tâm"], ["phòng"], ["sở"], ["bộ"],
                              ["cục"], ["viện"]]
    static let unitWords = [["thành", "phố"], ["thị", "xã"], ["thị", "trấn"], ["tỉnh"], ["huyện"], ["quận"], ["xã"], ["phường"]]

    static func from(_ lines: [String]) -> String {
        let name = lines.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: " ")
        guard !name.contains(where: \.isLowercase) else { return name }
        let words = name.split(separator: " ").map(String.init)
        var result: [String] = []
        var properName = false
        var index = 0
        // "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO" → "Phòng Giáo dục và Đào tạo": after an agency word that opens
        // the name, each field it names starts with a capital ("và" joins two fields).
        var fieldStarts = false
        if let agency = agencyWords.first(where: { starts($0, in: words, at: 0) }) {
            result = agency.enumerated().map { $0 == 0 ? capitalise($1) : $1 }
            index = agency.count
            fieldStarts = true
        }
        var naming = fieldStarts
        while index < words.count {
            let word = words[index]
            if naming, !isAcronym(word), !unitWords.contains(where: { starts($0, in: words, at: index) }) {
                let lower = word.lowercased()
                result.append(fieldStarts ? capitalise(lower) : lower)
                fieldStarts = lower == "và"
                if fieldStarts { result[result.count - 1] = lower }
                index += 1
                continue
            }
            naming = false
            if isAcronym(word) {
                result.append(word)
                properName = true
                index += 1
            } else if let unit = unitWords.first(where: { starts($0, in: words, at: index) }) {
                let next = words.dropFirst(index + unit.count).first
                let capitalised = index == 0 || next.map { $0.allSatisfy(\.isNumber) } == true
                    || (unit == ["thành", "phố"] && words.dropFirst(index + 2).prefix(3).map { $0.lowercased() } == ["hồ", "chí", "minh"])
                result += unit.enumerated().map { $0 == 0 && capitalised ? capitalise($1) : $1 }
                properName = true
                index += unit.count
            } else {
                result.append(index == 0 || properName ? capitalise(word.lowercased()) : word.lowercased())
                index += 1
            }
        }
        return result.joined(separator: " ")
    }

    private static func starts(_ unit: [String], in words: [String], at index: Int) -> Bool {
        index + unit.count <= words.count && zip(unit, words[index...]).allSatisfy { $0 == $1.lowercased() }
    }

    /// A word of capitals that is not a Vietnamese syllable (onset, vowels, coda) is an acronym:
    /// "UBND", "THCS", "GD&ĐT", "PTDTBT-THCS".
    private static func isAcronym(_ word: String) -> Bool {
        let parts = word.split(separator: "-").map { $0.filter(\.isLetter) }.filter { !$0.isEmpty }
        return !parts.isEmpty && parts.contains { !isSyllable(String($0)) }
    }

    static let onsets: Set = ["", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh",
                              "nh", "p", "ph", "q", "r", "s", "t", "th", "tr", "v", "x"]
    static let codas: Set = ["", "c", "ch", "m", "n", "ng", "nh", "p", "t"]

    private static func isSyllable(_ letters: String) -> Bool {
        // Without marks: "trường" → "truong", read as "tr" + "uo" + "ng".
        let plain = Array(letters.lowercased().folding(options: .diacriticInsensitive, locale: nil))
        let isVowel: (Character) -> Bool = { "aeiouy".contains($0) }
        guard let first = plain.firstIndex(where: isVowel) else { return false }
        let end = plain[first...].firstIndex { !isVowel($0) } ?? plain.endIndex
        return onsets.contains(String(plain[..<first])) && (1...3).contains(end - first) && codas.contains(String(plain[end...]))
    }

    /// Each part of a hyphenated name too: "RANG-THÁP" → "Rang-Tháp" (Phan Rang-Tháp Chàm).
    private static func capitalise(_ word: String) -> String {
        word.split(separator: "-", omittingEmptySubsequences: false)
            .map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: "-")
    }
}
