import VanBanModel

/// Kính gửi: several addressees, one per line, end with ";", the last with "." (nd30.md §2,
/// box 9a). A single addressee stands on the "Kính gửi:" line and is left as written.
struct AddresseesPunctuation: Rule {
    let id = "addressees-punctuation"

    func findings(in source: SourcedDocument) -> [Finding] {
        let addressees = source.document.addressees.map(\.plain)
        guard addressees.count > 1 else { return [] }
        return Punctuation.listEndings(addressees, path: "addressees", in: source) { index, mark, isLast in
            finding(isLast
                        ? Phrase(en: "the last addressee should end with '\(mark)'",
                                 vi: "nơi gửi đến cuối cùng cần kết thúc bằng dấu '\(mark)'")
                        : Phrase(en: "an addressee that is not the last should end with '\(mark)'",
                                 vi: "nơi gửi đến chưa phải cuối cùng cần kết thúc bằng dấu '\(mark)'"),
                    at: source.sourceMap["addressees[\(index)]"],
                    hint: Phrase(en: "under Kính gửi, each addressee ends with ';' and the last with '.'",
                                 vi: "dưới \"Kính gửi\", mỗi nơi gửi đến kết thúc bằng dấu ';', nơi cuối cùng bằng dấu '.'"),
                    fix: { Punctuation.ending($0, with: mark) })
        }
    }
}
