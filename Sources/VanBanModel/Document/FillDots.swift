/// The decree's fill-in dots ("……"): a run of at least two "…" or four "." (three dots end many
/// ordinary sentences, so they are not a blank). Input reads trailing runs as leaders and lines of
/// dots as blank lines; layout finds the runs left inside sentences ("Tổng số …… người").
public enum FillDots {
    public static func isDot(_ character: Character) -> Bool { character == "…" || character == "." }

    /// Whether these dots are enough to be a blank.
    public static func isBlank<Dots: Collection>(_ dots: Dots) -> Bool where Dots.Element == Character {
        let ellipses = dots.filter { $0 == "…" }.count
        return ellipses * 3 + (dots.count - ellipses) >= 4
    }

    /// The runs of dots in `text` that are blanks, in order.
    public static func runs(in text: String) -> [Range<String.Index>] {
        var runs: [Range<String.Index>] = []
        var index = text.startIndex
        while index < text.endIndex {
            guard isDot(text[index]) else { index = text.index(after: index); continue }
            let end = text[index...].firstIndex { !isDot($0) } ?? text.endIndex
            if isBlank(text[index..<end]) { runs.append(index..<end) }
            index = end
        }
        return runs
    }
}
