import VanBanModel
import Yams

/// Decodes `details`: the values of a form's fixed lines ("Thời gian: {time}"), by slot name.
/// The keys allowed are the form's slots, so a misspelt one gets a "did you mean".
struct DetailsDecoder {
    let reader: NodeReader

    func details(_ node: Node, form: Form) -> [String: StyledText] {
        let keys = form.detailKeys
        guard !keys.isEmpty else {
            let withLines = Forms.all.filter { !$0.detailKeys.isEmpty }.map { $0.type.lowercased() }
            reader.error("a \(form.type.lowercased()) has no fixed lines to fill", at: node,
                         hint: "details are for \(withLines.joined(separator: ", ")); write the content under `body`")
            return [:]
        }
        guard let fields = reader.mapping(node, allowed: keys, what: "details of a \(form.type.lowercased())") else {
            return [:]
        }
        var values: [String: StyledText] = [:]
        for (key, value) in fields {
            guard let text = reader.string(value, what: "details.\(key)", path: "details.\(key)") else { continue }
            values[key] = InlineMarkup.parse(text)
        }
        return values
    }
}
