import Foundation
import VanBanModel

/// Each model form has the parts Phụ lục III gives it (the form table says which): a nghị quyết
/// or quyết định its authority line and articles, a biên bản its two signers, a công văn or
/// công điện its addressees. "QUYẾT ĐỊNH:" is printed by the form, so one typed into the body
/// would print twice; a trích yếu given to a form that has none is not printed.
struct FormParts: Rule {
    let id = "form-parts"

    func findings(in source: SourcedDocument) -> [Finding] {
        let document = source.document, form = document.form
        let what = form.type.lowercased()
        let typeSpan = source.sourceMap["type"]
        var findings: [Finding] = []
        if form.has(.authority), document.authority.isEmpty {
            findings.append(finding("a \(what) has no authority line (Mẫu \(form.model))", at: typeSpan,
                                    hint: "add `authority:` with the body or the head's title that enacts it, e.g. CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN …"))
        }
        if form.numbering == .articles, !document.body.contains(where: \.opensArticle) {
            findings.append(finding("the content of a \(what) is not written in articles", at: source.sourceMap["body"],
                                    hint: "start each article with 'Điều 1.', 'Điều 2.' …"))
        }
        if form.signers == .pair, document.signers.count != 2 {
            findings.append(finding("a \(what) is signed by two people side by side (Mẫu \(form.model))",
                                    at: source.sourceMap["signers"] ?? source.sourceMap["signer"] ?? typeSpan,
                                    hint: "list the secretary and the chair under `signers`, the secretary first"))
        }
        if form == Forms.officialLetter || form.has(.telegram), document.addressees.isEmpty {
            findings.append(finding("a \(what) has no addressees", at: typeSpan, hint: "add `addressees:` with whom it is sent to"))
        }
        if !form.hasSummary, document.summary != nil {
            findings.append(finding("a \(what) has no trích yếu; the summary is not printed", at: source.sourceMap["summary"],
                                    hint: "remove `summary`, or put its words in the fixed lines"))
        }
        if let leadIn = form.leadIn, let first = document.body.first?.text,
           first.trimmingCharacters(in: .whitespaces).uppercased() == leadIn {
            findings.append(finding("'\(leadIn)' is printed by the form; here it would print twice", at: source.sourceMap["body[0]"],
                                    hint: "remove the line '\(first)' from the body"))
        }
        return findings
    }
}

private extension Block {
    /// An article: a titled heading or a paragraph that opens one.
    var opensArticle: Bool {
        switch self {
        case let .heading(heading): return heading.kind == .article
        case let .paragraph(paragraph): return paragraph.opensArticle
        case .table, .blankLines: return false
        }
    }
}
