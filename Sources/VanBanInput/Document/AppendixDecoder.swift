import VanBanModel
import Yams

/// Decodes `appendices`, numbering the labels ("Phụ lục I", "Phụ lục II") and building the
/// "(Kèm theo …)" reference line when the user did not write one.
struct AppendixDecoder {
    let reader: NodeReader

    func appendices(_ node: Node, type: String, number: String?, symbol: String, date: DocumentDate) -> [Appendix] {
        guard let items = reader.sequence(node, what: "appendices") else { return [] }
        return items.enumerated().compactMap { index, item in
            guard let fields = reader.mapping(item, allowed: ["label", "title", "subtitle", "reference", "body"],
                                              required: ["title", "body"], what: "an appendix") else { return nil }
            let defaultLabel = items.count == 1 ? "Phụ lục" : "Phụ lục \(RomanNumeral.string(for: index + 1))"
            let label = fields["label"].map { reader.string($0, what: "label") ?? "" } ?? defaultLabel
            let reference = fields["reference"].map { reader.string($0, what: "reference") ?? "" }
                ?? Self.reference(type: type, number: number, symbol: symbol, date: date)
            return Appendix(
                label: label.isEmpty ? nil : label,
                title: fields["title"].flatMap { reader.lines($0, what: "title") } ?? [],
                subtitle: fields["subtitle"].flatMap { reader.lines($0, what: "subtitle") }?.map(InlineMarkup.parse) ?? [],
                reference: reference.isEmpty ? nil : reference,
                body: fields["body"].map { BlockDecoder(reader: reader).blocks($0, what: "body") } ?? [])
        }
    }

    /// "(Kèm theo Kế hoạch số 05/KH-UBND ngày 05 tháng 02 năm 2024)", blanks left open.
    static func reference(type: String, number: String?, symbol: String, date: DocumentDate) -> String {
        let blank = "    "
        return "(Kèm theo \(type) số \(number ?? blank)/\(symbol) ngày \(date.day ?? blank) tháng \(date.month ?? blank) năm \(date.year ?? blank))"
    }
}
