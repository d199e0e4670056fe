import VanBanModel
import Yams

/// Decodes `details`: the values of a form's fixed lines ("Thời gian: {time}"), by slot name.
/// The keys allowed are the form's slots, so a misspelt one gets a "did you mean".
struct DetailsDecoder {
    let reader: NodeReader

    func details(_ node: Node, form: Form) -> [String: StyledText] {
        let keys = form.detailKeys
        guard !keys.isEmpty else {
            let type = form.type.lowercased()
            let withLines = Forms.all.filter { !$0.detailKeys.isEmpty }.map { $0.type.lowercased() }.joined(separator: ", ")
            reader.error(Phrase(en: "a \(type) has no fixed lines to fill", vi: "\(type) không có dòng cố định nào để điền"), at: node,
                         hint: Phrase(en: "details are for \(withLines); write the content under `body`",
                                      vi: "details chỉ dùng cho \(withLines); hãy viết nội dung dưới `body`"))
            return [:]
        }
        let type = form.type.lowercased()
        guard let fields = reader.mapping(node, allowed: keys, what: Phrase(en: "details of a \(type)", vi: "details của \(type)")) else {
            return [:]
        }
        var values: [String: StyledText] = [:]
        for (key, value) in fields {
            guard let text = reader.string(value, what: .key("details.\(key)"), path: "details.\(key)") else { continue }
            values[key] = InlineMarkup.parse(text)
        }
        return values
    }
}
