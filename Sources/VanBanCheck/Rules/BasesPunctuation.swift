import VanBanModel

/// Căn cứ lines end with ";", the last with "." (nd30.md §3); the "Theo đề nghị của …" line of a
/// quyết định, when written as `proposal`, is the last of them.
struct BasesPunctuation: Rule {
    let id = "bases-punctuation"

    func findings(in source: SourcedDocument) -> [Finding] {
        let document = source.document
        let lines = document.bases.map(\.plain) + [document.proposal?.plain].compactMap { $0 }
        return Punctuation.listEndings(lines, path: "bases", in: source) { index, mark, isLast in
            let isProposal = index == document.bases.count
            return finding("\(isLast ? "the last căn cứ" : "a căn cứ that is not the last") should end with '\(mark)'",
                           at: source.sourceMap[isProposal ? "proposal" : "bases[\(index)]"],
                           hint: "each căn cứ ends with ';' and the last with '.'", fix: { Punctuation.ending($0, with: mark) })
        }
    }
}
