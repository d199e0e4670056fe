import Foundation
import VanBanModel

/// The date must exist in the calendar: no 31/02, no 29/02 outside leap years.
struct DateExists: Rule {
    let id = "date-exists"

    func findings(in source: SourcedDocument) -> [Finding] {
        let date = source.document.date
        guard let day = date.day.flatMap(Int.init), let month = date.month.flatMap(Int.init),
              (1...12).contains(month) else { return [] }
        let year = date.year.flatMap(Int.init)
        let days = daysIn(month: month, year: year ?? 2000)
        guard day > days else { return [] }
        let span = source.sourceMap["date.day"] ?? source.sourceMap["date"]
        return [finding(severity: .error, "the date \(day)/\(month)\(year.map { "/\($0)" } ?? "") does not exist", at: span,
                        hint: "month \(month)\(year.map { " of \($0)" } ?? "") has \(days) days")]
    }

    private func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
