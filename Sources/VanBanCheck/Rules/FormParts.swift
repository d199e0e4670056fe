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
            findings.append(finding(Phrase(en: "a \(what) has no authority line (Mẫu \(form.model))",
                                           vi: "\(what) chưa có dòng thẩm quyền ban hành (Mẫu \(form.model))"), at: typeSpan,
                                    hint: Phrase(en: "add `authority:` with the body or the head's title that enacts it, e.g. CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN …",
                                                 vi: "thêm `authority:` ghi tên cơ quan hoặc chức danh người đứng đầu ban hành, ví dụ CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN …")))
        }
        if form.numbering == .articles, !document.body.contains(where: \.opensArticle) {
            findings.append(finding(Phrase(en: "the content of a \(what) is not written in articles",
                                           vi: "nội dung của \(what) chưa được viết thành các điều"), at: source.sourceMap["body"],
                                    hint: Phrase(en: "start each article with 'Điều 1.', 'Điều 2.' …",
                                                 vi: "bắt đầu mỗi điều bằng 'Điều 1.', 'Điều 2.' …")))
        }
        if form.signers == .pair, document.signers.count != 2 {
            findings.append(finding(Phrase(en: "a \(what) is signed by two people side by side (Mẫu \(form.model))",
                                           vi: "\(what) phải có hai người ký đặt cạnh nhau (Mẫu \(form.model))"),
                                    at: source.sourceMap["signers"] ?? source.sourceMap["signer"] ?? typeSpan,
                                    hint: Phrase(en: "list the secretary and the chair under `signers`, the secretary first",
                                                 vi: "ghi thư ký và chủ tọa trong `signers`, thư ký trước")))
        }
        if form == Forms.officialLetter || form.has(.telegram), document.addressees.isEmpty {
            findings.append(finding(Phrase(en: "a \(what) has no addressees", vi: "\(what) chưa có nơi gửi đến (\"Kính gửi\")"),
                                    at: typeSpan,
                                    hint: Phrase(en: "add `addressees:` with whom it is sent to", vi: "thêm `addressees:` ghi các nơi gửi đến")))
        }
        if !form.hasSummary, document.summary != nil {
            findings.append(finding(Phrase(en: "a \(what) has no trích yếu; the summary is not printed",
                                           vi: "\(what) không có trích yếu; nội dung `summary` sẽ không được in"),
                                    at: source.sourceMap["summary"],
                                    hint: Phrase(en: "remove `summary`, or put its words in the fixed lines",
                                                 vi: "bỏ `summary`, hoặc đưa nội dung đó vào các dòng cố định của mẫu")))
        }
        if let leadIn = form.leadIn, let first = document.body.first?.text,
           first.trimmingCharacters(in: .whitespaces).uppercased() == leadIn {
            findings.append(finding(Phrase(en: "'\(leadIn)' is printed by the form; here it would print twice",
                                           vi: "'\(leadIn)' đã được mẫu in sẵn; ghi ở đây sẽ bị in hai lần"),
                                    at: source.sourceMap["body[0]"],
                                    hint: Phrase(en: "remove the line '\(first)' from the body",
                                                 vi: "bỏ dòng '\(first)' khỏi phần nội dung (`body`)")))
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
