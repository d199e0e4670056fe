import Foundation
import VanBanModel

/// The starting document of each model form, as `vanban new` writes it and the service's
/// templates serve it: YAML in the README's input format, every key the form reads present and
/// commented, blanks ("……") where the clerk writes in a value. It is built from the form table
/// (which boxes, which fixed lines, which symbol code) and `StarterContent` (what the content
/// says), so a form and its template cannot drift apart. Every starting document renders and
/// passes `vanban check` with no findings (StartingDocumentTests).
public enum StartingDocument {
    /// Each form by its command-line name: the tên loại in ASCII ("quyet-dinh", "giay-moi").
    public static let forms: [(name: String, form: Form)] = Forms.all.map { (commandName(of: $0.type), $0) }

    /// The form named on the command line: its ASCII name or its tên loại ("Quyết định").
    public static func form(named name: String) -> Form? {
        let wanted = commandName(of: name)
        return forms.first { $0.name == wanted }?.form
    }

    public static func yaml(for form: Form) -> String {
        let content = StarterContent.content(for: form)
        let code = form.symbolCode.map { "\($0)-\(content.issuer.1)" } ?? "\(content.issuer.1)-VP"
        var lines = [
            "# yaml-language-server: $schema=vanban.schema.json",
            "# \(form.type) (Mẫu \(form.model) of Decree 30, Phụ lục III), written by `vanban new`.",
            "# Replace each \"……\" and each instruction with the document's own words; keep the keys.",
            "type: \(form.type)",
            "issuer:",
            "  parent: ……                     # cơ quan chủ quản (optional), e.g. UBND HUYỆN TUẦN GIÁO",
            "  name: [\(content.issuer.0), ……]   # cơ quan ban hành, one item per printed line",
            "number: \"\"                       # số: left blank, stamped by the văn thư at issuance",
            "symbol: \(code)",
            "place: ……                        # địa danh",
            "date: { day: \"\", month: \"\", year: \"\" }   # or 2025-03-05; blanks are stamped at issuance",
        ]
        if !form.has(.title) {
            lines.append("summary: Trích yếu nội dung công văn      # printed as \"V/v …\" under the number")
        } else if form.hasSummary {
            lines.append("summary: Trích yếu nội dung của \(form.type.lowercased())")
        }
        if form.has(.authority) || form.has(.telegram) {
            let what = form.has(.telegram) ? "who sends it, printed \"… điện:\"" : "thẩm quyền ban hành"
            lines.append("authority: \(content.authority)   # \(what)")
        }
        if content.addressed {
            lines += ["addressees:                      # Kính gửi", "  - Cơ quan, đơn vị nhận thứ nhất;",
                      "  - Cơ quan, đơn vị nhận thứ hai."]
        }
        if form.has(.authority) {
            lines += ["bases:                           # căn cứ: each ends with ';', the last with '.'",
                      "  - Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
                      "  - Căn cứ văn bản quy định về vấn đề được giải quyết;",
                      "proposal: \(form.leadIn == Forms.decision.leadIn ? "Theo" : "Xét") đề nghị của cơ quan tham mưu."]
        }
        if !form.detailKeys.isEmpty {
            lines.append("details:                         # the form's fixed lines; a value left out prints as a blank")
            for line in form.details + form.closingDetails {
                for slot in line.slots where slot.key != DetailLine.issuerSlot {
                    guard !lines.contains(where: { $0.hasPrefix("  \(slot.key):") }) else { continue }
                    let value = slot.defaultValue ?? "……"
                    lines.append("  \(slot.key): \(value)".padded(to: 33) + "# \(line.template)")
                }
            }
        }
        if !content.body.isEmpty {
            lines.append("body: |")
            lines += content.body.split(separator: "\n").map { "  \($0)" }
        }
        let signer = content.signer
        if form.signers == .pair {
            lines += ["signers:                         # the secretary on the left, the chair on the right",
                      "  - title: THƯ KÝ", "    name: ……", "  - title: CHỦ TỌA", "    name: ……"]
        } else {
            lines += ["signer:", "  authority: \(signer.0)", "  title: \(signer.1)", "  name: ……"]
        }
        lines.append("recipients:                      # Nơi nhận")
        if let first = content.firstRecipient { lines.append("  - \(first)") }
        lines += ["  - Cơ quan, đơn vị nhận để biết;", "  - \"Lưu: VT.\""]
        return lines.joined(separator: "\n") + "\n"
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
