/// A date typed as one string: ISO `2025-03-03`, or `03/03/2025` (ngày/tháng/năm) as Vietnamese
/// clerks write it. Day first, always: a Vietnamese document never writes the month first.
enum DateText {
    struct Parts: Equatable { var day: Int; var month: Int; var year: Int }

    static func parse(_ text: String) -> Parts? {
        let iso = text.split(separator: "-", omittingEmptySubsequences: false)
        let vietnamese = text.split(separator: "/", omittingEmptySubsequences: false)
        let parts: Parts
        if iso.count == 3, iso[0].count == 4, let year = Int(iso[0]), let month = Int(iso[1]), let day = Int(iso[2]) {
            parts = Parts(day: day, month: month, year: year)
        } else if vietnamese.count == 3, vietnamese[2].count == 4, (1...2).contains(vietnamese[0].count), (1...2).contains(vietnamese[1].count),
                  let day = Int(vietnamese[0]), let month = Int(vietnamese[1]), let year = Int(vietnamese[2]) {
            parts = Parts(day: day, month: month, year: year)
        } else {
            return nil
        }
        guard (1...12).contains(parts.month), (1...31).contains(parts.day), (1900...2999).contains(parts.year) else { return nil }
        return parts
    }
}
