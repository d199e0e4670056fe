import VanBanModel
import VanBanText

/// The PDF's title, author, subject and dates, derived from the document and never from the clock.
enum PDFMetadata {
    static let creator = "VanBan"

    static func info(for document: Document, creationDate: String?) -> PDFInfo {
        let title = ([document.type.uppercased()] + (document.summary.map { [$0.plain] } ?? [])).joined(separator: " ")
        let number = "\(document.number ?? "")/\(document.symbol)"
        return PDFInfo(
            title: title,
            author: document.metadata.author ?? document.issuer.name.joined(separator: " "),
            subject: "\(document.type) số \(number)",
            keywords: document.metadata.keywords ?? "",
            creator: creator,
            created: creationDate ?? document.metadata.created ?? defaultDate(document.date))
    }

    /// The document's own date at 08:00 Vietnam time; blank parts fall back to the 1st / January.
    static func defaultDate(_ date: DocumentDate) -> String {
        func number(_ text: String?, _ fallback: Int, _ range: ClosedRange<Int>) -> Int {
            guard let text, let value = Int(text), range.contains(value) else { return fallback }
            return value
        }
        let year = number(date.year, 2000, 1900...2999)
        let month = number(date.month, 1, 1...12)
        let day = number(date.day, 1, 1...28)
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
        return "\(year)-\(two(month))-\(two(day))T08:00:00+07:00"
    }
}
