import VanBanModel

/// A table whose columns' longest words do not fit the page, even on landscape pages where the
/// table may turn and with its text at the layout's smallest table size: refused before layout,
/// naming the column and word that need the most, since cutting words or drawing past the margin
/// is never an answer.
public struct TableFit: Sendable {
    /// The table's block in the source map: "body[3]", "appendices[0].body[1]".
    public var path: String
    public var columns: Int
    /// The column needing the most (from 1), its widest word, and that word's width with padding.
    public var column: Int
    public var word: String
    public var wordWidth: Length
    /// What the columns need together and the text width they have, at `size`.
    public var needed: Length
    public var available: Length
    public var size: Length
    /// Whether that width is the landscape page's.
    public var landscape: Bool
}

extension DocumentComposer {
    /// The tables that do not fit, as layout would try them. A table of an appendix is tried as if
    /// it alone turned the appendix (what `auto` does when it needs to; a table that fits the
    /// portrait page fits the landscape one too), so each table's words are measured once here.
    public func tablesTooWide(in document: Document) -> [TableFit] {
        let setter = Typesetter(context: context, spec: spec)
        let bodies = [("body", document.body, Appendix.Orientation.auto)] + document.appendices.enumerated().map { index, appendix in
            ("appendices[\(index)].body", appendix.body, appendix.orientation)
        } + [document.attachment].compactMap { $0.map { ("attachment.body", $0.body, Appendix.Orientation.auto) } }
        var problems: [TableFit] = []
        for (path, blocks, orientation) in bodies {
            let sizing = TableSizing(setter: setter, mayTurn: orientation != .portrait)
            for (index, block) in blocks.enumerated() {
                guard case var .table(table) = block else { continue }
                if orientation == .landscape { table.orientation = .landscape }
                guard let problem = sizing.setting(table).tooWide else { continue }
                problems.append(TableFit(path: "\(path)[\(index)]", columns: table.columns.count, column: problem.column + 1,
                                         word: problem.word, wordWidth: .pt(problem.wordWidth), needed: .pt(problem.needed),
                                         available: .pt(problem.available), size: .pt(problem.size),
                                         landscape: problem.landscape))
            }
        }
        return problems
    }
}
