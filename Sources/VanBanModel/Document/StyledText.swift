/// Text with inline bold and italic, as written with `**đậm**` and `*nghiêng*` markup.
public struct StyledText: Sendable, Hashable, CustomStringConvertible {
    public struct Run: Sendable, Hashable {
        public var text: String
        public var bold: Bool
        public var italic: Bool

        public init(_ text: String, bold: Bool = false, italic: Bool = false) {
            self.text = text
            self.bold = bold
            self.italic = italic
        }
    }

    public var runs: [Run]

    public init(runs: [Run]) { self.runs = runs.filter { !$0.text.isEmpty } }
    public init(plain text: String) { self.init(runs: [Run(text)]) }

    /// The characters without markup.
    public var plain: String { runs.map(\.text).joined() }
    public var isEmpty: Bool { runs.allSatisfy { $0.text.isEmpty } }
    public var description: String { plain }

    /// The text cut at its line feeds, each line keeping its runs' styles.
    public var lines: [StyledText] {
        var lines: [[Run]] = [[]]
        for run in runs {
            let parts = run.text.split(separator: "\n", omittingEmptySubsequences: false)
            for (index, part) in parts.enumerated() {
                if index > 0 { lines.append([]) }
                lines[lines.count - 1].append(Run(String(part), bold: run.bold, italic: run.italic))
            }
        }
        return lines.map(StyledText.init(runs:))
    }

    /// The same text with every run made bold (headings) or italic (căn cứ).
    public func emphasised(bold: Bool = false, italic: Bool = false) -> StyledText {
        StyledText(runs: runs.map { Run($0.text, bold: $0.bold || bold, italic: $0.italic || italic) })
    }
}
