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
            return finding(isLast
                               ? Phrase(en: "the last căn cứ should end with '\(mark)'",
                                        vi: "căn cứ cuối cùng cần kết thúc bằng dấu '\(mark)'")
                               : Phrase(en: "a căn cứ that is not the last should end with '\(mark)'",
                                        vi: "căn cứ chưa phải cuối cùng cần kết thúc bằng dấu '\(mark)'"),
                           at: source.sourceMap[isProposal ? "proposal" : "bases[\(index)]"],
                           hint: Phrase(en: "each căn cứ ends with ';' and the last with '.'",
                                        vi: "mỗi căn cứ kết thúc bằng dấu ';', căn cứ cuối cùng bằng dấu '.'"),
                           fix: { Punctuation.ending($0, with: mark) })
        }
    }
}
