import VanBanModel

/// The last-character judgements several rules share: a line ends with ";" or "." and a
/// corrected line keeps its wording, changing only its final mark.
enum Punctuation {
    /// Marks a line may end with, to be replaced rather than added to.
    static let marks: Set<Character> = [";", ".", ",", ":"]

    /// The line ending with `mark`: a wrong final mark is replaced, a missing one added.
    static func ending(_ text: String, with mark: String) -> String {
        var body = text
        while let last = body.last, last == " " { body.removeLast() }
        if let last = body.last, marks.contains(last) { body.removeLast() }
        return body + mark
    }

    static func endsWith(_ text: String, _ mark: String) -> Bool {
        text.trimmingTrailingSpaces.hasSuffix(mark)
    }

    /// A list whose lines end with ";" and the last with ".": `report(index, mark, isLast)` for
    /// each line that does not.
    static func listEndings(_ lines: [String], path: String, in source: SourcedDocument,
                            report: (Int, String, Bool) -> Finding) -> [Finding] {
        lines.enumerated().compactMap { index, line in
            let isLast = index == lines.count - 1
            let mark = isLast ? "." : ";"
            return endsWith(line, mark) ? nil : report(index, mark, isLast)
        }
    }
}

extension String {
    var trimmingTrailingSpaces: String {
        var text = self
        while let last = text.last, last == " " { text.removeLast() }
        return text
    }
}
