import VanBanModel

/// "Did you mean …?" for misspelt keys: the allowed name with the smallest edit distance.
enum Suggestion {
    /// The question itself, in each language: "did you mean 'symbol'?".
    static func didYouMean(_ name: String) -> Phrase {
        Phrase(en: "did you mean '\(name)'?", vi: "có phải ý bạn là '\(name)'?")
    }

    /// "did you mean" the closest of `candidates` to `word`, or nil when none is close.
    static func hint(for word: String, among candidates: [String]) -> Phrase? {
        closest(to: word, among: candidates).map(didYouMean)
    }

    static func closest(to word: String, among candidates: [String]) -> String? {
        let lowered = word.lowercased()
        let scored = candidates.map { ($0, distance(Array(lowered), Array($0.lowercased()))) }
        guard let best = scored.min(by: { $0.1 < $1.1 }) else { return nil }
        // A suggestion further away than about a third of the word is noise, not help.
        return best.1 <= max(2, word.count / 3) ? best.0 : nil
    }

    /// Levenshtein distance over characters.
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
