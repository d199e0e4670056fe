/// The decree's fill-in dots ("……"): a run of at least two "…" or four "." (three dots end many
/// ordinary sentences, so they are not a blank). Input reads trailing runs as leaders and lines of
/// dots as blank lines; layout finds the runs left inside sentences ("Tổng số …… người").
public enum FillDots {
    public static func isDot(_ character: Character) -> Bool { character == "…" || character == "." }

    /// The blank a form prints for a value left out ("Chủ trì: ……, Thời gian: ……").
    public static let blank = "……"

    /// Whether these dots are enough to be a blank.
    public static func isBlank<Dots: Collection>(_ dots: Dots) -> Bool where Dots.Element == Character {
        let ellipses = dots.filter { $0 == "…" }.count
        return ellipses * 3 + (dots.count - ellipses) >= 4
    }

    /// The runs of dots in `text` that are blanks, in order.
    ///
    /// It looks at every line of every paragraph, so it walks Unicode scalars rather than
    /// Characters (splitting the text into grapheme clusters cost a tenth of a document's layout).
    /// A dot scalar counts as a dot Character only when no combining mark or joiner follows it.
    public static func runs(in text: String) -> [Range<String.Index>] {
        var runs: [Range<String.Index>] = []
        let scalars = text.unicodeScalars
        var runStart: String.Index?
        var ellipses = 0, periods = 0
        func endRun(at end: String.Index) {
            if let start = runStart, ellipses * 3 + periods >= 4 { runs.append(start..<end) }
            (runStart, ellipses, periods) = (nil, 0, 0)
        }
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            let isDotCharacter = (scalar == "…" || scalar == ".") && (next == scalars.endIndex || !extendsCharacter(scalars[next]))
            if isDotCharacter {
                if runStart == nil { runStart = index }
                if scalar == "…" { ellipses += 1 } else { periods += 1 }
            } else {
                endRun(at: index)
            }
            index = next
        }
        endRun(at: scalars.endIndex)
        return runs
    }

    /// Whether a scalar joins the character before it (so "." with it is no longer a dot).
    private static func extendsCharacter(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.value >= 0x300 else { return false }
        let properties = scalar.properties
        return properties.isGraphemeExtend || properties.generalCategory == .spacingMark || scalar == "\u{200D}"
    }
}
