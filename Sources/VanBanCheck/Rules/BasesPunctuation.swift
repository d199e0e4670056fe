import VanBanModel

/// Căn cứ lines end with ";", the last with "." (nd30.md §3).
struct BasesPunctuation: Rule {
    let id = "bases-punctuation"

    func findings(in source: SourcedDocument) -> [Finding] {
        let bases = source.document.bases
        return bases.enumerated().compactMap { index, base in
            let mark = index == bases.count - 1 ? "." : ";"
            guard !Punctuation.endsWith(base.plain, mark) else { return nil }
            let position = index == bases.count - 1 ? "the last căn cứ" : "a căn cứ that is not the last"
            return finding("\(position) should end with '\(mark)'", at: source.sourceMap["bases[\(index)]"],
                           hint: "each căn cứ ends with ';' and the last with '.'",
                           fix: { Punctuation.ending($0, with: mark) })
        }
    }
}
