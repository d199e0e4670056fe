import VanBanModel

/// The fill-in conventions of body text, as forms are written by hand: a line that ends in a run
/// of dots ("+ Tỷ lệ người tham gia: ……") gets a dotted leader to the right margin, and a line of
/// dots only is a blank line for free text. Dots inside a sentence ("…… người") stay text.
enum FillInText {
    /// The text before the trailing dots when the line ends in a leader (FillDots); nil otherwise or
    /// when nothing precedes them.
    static func textBeforeLeader(_ line: String) -> String? {
        let trimmed = line.trimmingTrailingSpaces()
        // Each dot Character is one dot scalar, so too few trailing dot scalars (a sentence's
        // full stop) settle it without walking the line backwards by Characters.
        let dotScalars = trimmed.unicodeScalars.reversed().prefix { $0 == "." || $0 == "…" }
        guard FillDots.isBlank(dotScalars.map(Character.init)) else { return nil }
        let dots = trimmed.reversed().prefix(while: FillDots.isDot)
        guard FillDots.isBlank(dots) else { return nil }
        let text = String(trimmed.dropLast(dots.count)).trimmingTrailingSpaces()
        return text.isEmpty ? nil : text
    }

    /// A line made of dots only (at least a leader's worth).
    static func isBlankLine(_ line: String) -> Bool {
        let trimmed = line.trimmingTrailingSpaces()
        return trimmed.allSatisfy(FillDots.isDot) && FillDots.isBlank(trimmed)
    }
}

private extension String {
    /// Without the spaces and tabs at the end. Found by scalars (a space that carries a combining
    /// mark ends at that mark, as the character does), not by rebuilding the string character by
    /// character backwards, which cost more than all the rest of reading a body (callgrind).
    func trimmingTrailingSpaces() -> String {
        guard let last = unicodeScalars.lastIndex(where: { $0 != " " && $0 != "\t" }) else { return "" }
        return String(self[...last])
    }
}
