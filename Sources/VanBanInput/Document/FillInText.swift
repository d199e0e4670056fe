import VanBanModel

/// The fill-in conventions of body text, as forms are written by hand: a line that ends in a run
/// of dots ("+ Tỷ lệ người tham gia: ……") gets a dotted leader to the right margin, and a line of
/// dots only is a blank line for free text. Dots inside a sentence ("…… người") stay text.
enum FillInText {
    /// The text before the trailing dots when the line ends in a leader: at least two "…" or four
    /// "." (three dots end many ordinary sentences); nil otherwise or when nothing precedes them.
    static func textBeforeLeader(_ line: String) -> String? {
        let trimmed = line.trimmingTrailingSpaces()
        let dots = trimmed.reversed().prefix { $0 == "…" || $0 == "." }
        guard isLeader(dots) else { return nil }
        let text = String(trimmed.dropLast(dots.count)).trimmingTrailingSpaces()
        return text.isEmpty ? nil : text
    }

    /// A line made of dots only (at least a leader's worth).
    static func isBlankLine(_ line: String) -> Bool {
        let trimmed = line.trimmingTrailingSpaces()
        return trimmed.allSatisfy { $0 == "…" || $0 == "." } && isLeader(Substring(trimmed))
    }

    private static func isLeader<Dots: Collection>(_ dots: Dots) -> Bool where Dots.Element == Character {
        let ellipses = dots.filter { $0 == "…" }.count
        return ellipses * 3 + (dots.count - ellipses) >= 4
    }
}

private extension String {
    func trimmingTrailingSpaces() -> String {
        String(reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
