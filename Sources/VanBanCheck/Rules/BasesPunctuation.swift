import VanBanModel

/// Căn cứ lines end with ";", the last with "." (nd30.md §3).
struct BasesPunctuation: Rule {
    let id = "bases-punctuation"

    func findings(in source: SourcedDocument) -> [Finding] {
        Punctuation.listEndings(source.document.bases.map(\.plain), path: "bases", in: source) { index, mark, isLast in
            finding("\(isLast ? "the last căn cứ" : "a căn cứ that is not the last") should end with '\(mark)'",
                    at: source.sourceMap["bases[\(index)]"], hint: "each căn cứ ends with ';' and the last with '.'",
                    fix: { Punctuation.ending($0, with: mark) })
        }
    }
}
