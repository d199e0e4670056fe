import VanBanModel

/// The body ends with "./." right after its last sentence (nd30.md §3). Where the form's own
/// fixed lines end the text ("… kết thúc vào …./." of a biên bản, "Giấy này có giá trị đến hết
/// ngày …./."), they carry the mark.
struct BodyEndMark: Rule {
    let id = "body-end-mark"

    func findings(in source: SourcedDocument) -> [Finding] {
        let form = source.document.form
        if form.closingDetails.contains(where: { $0.template.hasSuffix("./.") }) { return [] }
        let body = source.document.body
        if body.isEmpty, form.details.contains(where: { $0.template.hasSuffix("./.") }) { return [] }
        guard let last = body.indices.last, let text = body[last].text, !Punctuation.endsWith(text, "./.") else {
            return []
        }
        let trimmed = text.trimmingTrailingSpaces
        // Only a sentence that ends with "." or with no mark at all can safely take "./.".
        let fixable = trimmed.last.map { $0 == "." || $0.isLetter || $0.isNumber || ")”\"".contains($0) } ?? false
        return [finding(Phrase(en: "the body does not end with './.'", vi: "phần nội dung không kết thúc bằng './.'"),
                        at: source.sourceMap["body[\(last)]"],
                        hint: Phrase(en: "end the last sentence with ./. to mark the end of the text",
                                     vi: "kết thúc câu cuối cùng bằng ./. để đánh dấu hết văn bản"),
                        fix: fixable ? { written in
                            let kept = written.trimmingTrailingSpaces
                            return (kept.hasSuffix(".") ? String(kept.dropLast()) : kept) + "./."
                        } : nil)]
    }
}
