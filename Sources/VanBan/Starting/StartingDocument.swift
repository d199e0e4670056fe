import Foundation
import VanBanModel

/// The starting document of each model form, as `vanban new` writes it and the service's
/// templates serve it: YAML in the input format of docs/input-format.md, every key the form reads present and
/// commented, blanks ("……") where the clerk writes in a value. It is built from the form table
/// (which boxes, which fixed lines, which symbol code) and `StarterContent` (what the content
/// says), so a form and its template cannot drift apart. Every starting document renders and
/// passes `vanban check` with no findings (StartingDocumentTests). Its comments, the clerk's
/// instructions, are in the language asked for; its keys and values are the same in both.
public enum StartingDocument {
    /// Each form by its command-line name: the tên loại in ASCII ("quyet-dinh", "giay-moi").
    public static let forms: [(name: String, form: Form)] = Forms.all.map { (commandName(of: $0.type), $0) }

    /// The form named on the command line: its ASCII name or its tên loại ("Quyết định").
    public static func form(named name: String) -> Form? {
        let wanted = commandName(of: name)
        return forms.first { $0.name == wanted }?.form
    }

    /// - Parameter language: the language of the comments (`vanban new` follows `LANG`/`--lang`).
    public static func yaml(for form: Form, language: Language = .english) -> String {
        let content = StarterContent.content(for: form)
        let lines = header(form, content, language) + opening(form, content, language) + details(form, language)
            + body(content) + closing(form, content, language)
        return lines.joined(separator: "\n") + "\n"
    }

    /// The comment, the type and the header's values: blanks for the clerk, the symbol's codes.
    private static func header(_ form: Form, _ content: StarterContent.Content, _ language: Language) -> [String] {
        let issuer = content.issuer
        let symbol = form.symbolCode.map { "\($0)-\(issuer.abbreviation)" } ?? "\(issuer.abbreviation)-VP"
        func say(_ phrase: Phrase) -> String { phrase.text(language) }
        return [
            "# yaml-language-server: $schema=vanban.schema.json",
            "# " + say(Phrase(en: "\(form.type) (Mẫu \(form.model) of Decree 30, Phụ lục III), written by `vanban new`.",
                              vi: "\(form.type) (Mẫu \(form.model), Phụ lục III Nghị định 30), do `vanban new` tạo.")),
            "# " + say(Phrase(en: "Replace each \"……\" and each instruction with the document's own words; keep the keys.",
                              vi: "Thay mỗi \"……\" và mỗi lời hướng dẫn bằng nội dung của văn bản; giữ nguyên các khóa.")),
            "type: \(form.type)",
            "issuer:",
            "  parent: ……                     # " + say(Phrase(en: "cơ quan chủ quản (optional), e.g. UBND HUYỆN TUẦN GIÁO",
                                                             vi: "cơ quan chủ quản (nếu có), ví dụ UBND HUYỆN TUẦN GIÁO")),
            "  name: [\(issuer.name), ……]   # " + say(Phrase(en: "cơ quan ban hành, one item per printed line",
                                                            vi: "cơ quan ban hành, mỗi dòng in ra là một mục")),
            "number: \"\"                       # " + say(Phrase(en: "số: left blank, stamped by the văn thư at issuance",
                                                                 vi: "số: để trống, văn thư ghi khi ban hành")),
            "symbol: \(symbol)",
            "place: ……                        # địa danh",
            "date: { day: \"\", month: \"\", year: \"\" }   # " + say(Phrase(en: "or 2025-03-05; blanks are stamped at issuance",
                                                                           vi: "hoặc 2025-03-05; chỗ để trống được ghi khi ban hành")),
            "# marks:                         # " + say(Phrase(en: "the optional marks of Phụ lục I: uncomment those that apply",
                                                               vi: "các dấu hiệu tùy chọn của Phụ lục I: bỏ dấu # ở những dòng cần dùng")),
            "#   secrecy: MẬT                 # độ mật: MẬT, TỐI MẬT, TUYỆT MẬT",
            "#   urgency: KHẨN                # độ khẩn: KHẨN, THƯỢNG KHẨN, HỎA TỐC",
            "#   circulation: LƯU HÀNH NỘI BỘ # " + say(Phrase(en: "or XEM XONG TRẢ LẠI", vi: "hoặc XEM XONG TRẢ LẠI")),
            "#   typist: TH                   # " + say(Phrase(en: "the drafter's initials, and the number of copies",
                                                               vi: "chữ viết tắt tên người đánh máy và số lượng bản phát hành")),
            "#   copies: 20",
            "#   footer: [\"Địa chỉ: ……\", \"ĐT: ……; E-mail: ……\"]",
        ]
    }

    /// What stands between the header and the content: trích yếu, authority, Kính gửi, căn cứ.
    private static func opening(_ form: Form, _ content: StarterContent.Content, _ language: Language) -> [String] {
        var lines: [String] = []
        if !form.has(.title) {
            lines.append("summary: Trích yếu nội dung công văn      # "
                + Phrase(en: "printed as \"V/v …\" under the number", vi: "in thành \"V/v …\" dưới số, ký hiệu").text(language))
        } else if form.hasSummary {
            lines.append("summary: Trích yếu nội dung của \(form.type.lowercased())")
        }
        if form.has(.authority) || form.has(.telegram) {
            let what = form.has(.telegram)
                ? Phrase(en: "who sends it, printed \"… điện:\"", vi: "cơ quan gửi điện, in thành \"… điện:\"")
                : Phrase(verbatim: "thẩm quyền ban hành")
            lines.append("authority: \(content.authority)   # \(what.text(language))")
        }
        if content.addressed {
            lines += ["addressees:                      # Kính gửi", "  - Cơ quan, đơn vị nhận thứ nhất;",
                      "  - Cơ quan, đơn vị nhận thứ hai."]
        }
        if form.has(.authority) {
            lines += ["bases:                           # " + Phrase(en: "căn cứ: each ends with ';', the last with '.'",
                                                                    vi: "căn cứ: mỗi dòng kết thúc bằng ';', dòng cuối bằng '.'").text(language),
                      "  - Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
                      "  - Căn cứ văn bản quy định về vấn đề được giải quyết;",
                      "proposal: \(form.leadIn == Forms.decision.leadIn ? "Theo" : "Xét") đề nghị của cơ quan tham mưu."]
        }
        return lines
    }

    /// Every slot of the form's fixed lines, blank, with the line it fills as a comment.
    private static func details(_ form: Form, _ language: Language) -> [String] {
        guard !form.detailKeys.isEmpty else { return [] }
        var lines = ["details:                         # " + Phrase(en: "the form's fixed lines; a value left out prints as a blank",
                                                                    vi: "các dòng cố định của mẫu; giá trị bỏ trống được in thành chỗ trống để điền").text(language)]
        var written: Set<String> = []
        for line in form.details + form.closingDetails {
            for slot in line.slots where slot.key != DetailLine.issuerSlot && written.insert(slot.key).inserted {
                lines.append("  \(slot.key): \(slot.defaultValue ?? FillDots.blank)".padded(to: 33) + "# \(line.template)")
            }
        }
        return lines
    }

    private static func body(_ content: StarterContent.Content) -> [String] {
        guard !content.body.isEmpty else { return [] }
        return ["body: |"] + content.body.split(separator: "\n").map { "  \($0)" }
    }

    /// The signer(s), the secretary and chair of a biên bản side by side, and Nơi nhận.
    private static func closing(_ form: Form, _ content: StarterContent.Content, _ language: Language) -> [String] {
        var lines: [String]
        if form.signers == .pair {
            lines = ["signers:                         # " + Phrase(en: "the secretary on the left, the chair on the right",
                                                                    vi: "thư ký bên trái, chủ tọa bên phải").text(language),
                     "  - title: THƯ KÝ", "    name: ……", "  - title: CHỦ TỌA", "    name: ……"]
        } else {
            lines = ["signer:", "  authority: \(content.signer.authority)", "  title: \(content.signer.title)", "  name: ……"]
        }
        lines.append("recipients:                      # Nơi nhận")
        if let first = content.firstRecipient { lines.append("  - \(first)") }
        return lines + ["  - Cơ quan, đơn vị nhận để biết;", "  - \"Lưu: VT.\""]
    }

    /// "Giấy mời" → "giay-moi": lower case, letters without marks, words joined by "-".
    public static func commandName(of type: String) -> String {
        var name = ""
        for character in Forms.normalised(type).replacingOccurrences(of: "đ", with: "d")
            .folding(options: .diacriticInsensitive, locale: nil) {
            if character.isASCII, character.isLetter || character.isNumber {
                name.append(character)
            } else if !name.isEmpty, name.last != "-" {
                name.append("-")
            }
        }
        while name.last == "-" { name.removeLast() }
        return name
    }
}

private extension String {
    func padded(to width: Int) -> String { count >= width ? self + " " : self + String(repeating: " ", count: width - count) }
}
