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
        let written = "\(day)/\(month)\(year.map { "/\($0)" } ?? "")"
        return [finding(severity: .error, Phrase(en: "the date \(written) does not exist", vi: "ngày \(written) không có trong lịch"),
                        at: span,
                        hint: Phrase(en: "month \(month)\(year.map { " of \($0)" } ?? "") has \(days) days",
                                     vi: "tháng \(month)\(year.map { " năm \($0)" } ?? "") có \(days) ngày"))]
    }

    private func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
