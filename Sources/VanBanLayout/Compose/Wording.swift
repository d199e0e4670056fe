import VanBanModel

/// The fixed phrases VanBan prints around the user's values, with the decree's blanks: the
/// number line, the place-and-date line and an appendix's "(Kèm theo …)" line.
struct Wording {
    /// What stands for a blank number, day or month, so the clerk can stamp it at issuance.
    let blank: String

    init(spec: LayoutSpec) { blank = String(repeating: " ", count: spec.header.blankSpaces) }

    /// "Số: 05/KH-UBND", or "Số:        /KH-UBND".
    func numberLine(_ document: Document) -> String {
        "Số: \(document.number ?? blank)/\(document.symbol)"
    }

    /// "ngày 05 tháng 02 năm 2024", blank parts kept open.
    func date(_ date: DocumentDate) -> String {
        "ngày \(date.day ?? blank) tháng \(date.month ?? blank) năm \(date.year ?? blank)"
    }

    /// "Đống Đa, ngày 05 tháng 02 năm 2024".
    func placeAndDate(_ document: Document) -> String { "\(document.place), \(date(document.date))" }

    /// "(Kèm theo Kế hoạch số 05/KH-UBND ngày 05 tháng 02 năm 2024)".
    func appendixReference(_ document: Document) -> String {
        "(Kèm theo \(document.type) số \(document.number ?? blank)/\(document.symbol) \(date(document.date)))"
    }
}
