/// ISO 8601 date-times as Cairo's PDF metadata expects them: `YYYY-MM-DDThh:mm:ss` followed by
/// `Z` or an offset `±hh:mm` (RFC 3339, without fractions). Checked by hand, digit by digit and
/// against the calendar: Foundation's ISO8601DateFormatter cost 11 M instructions a document.
public enum ISODateTime {
    public static func isValid(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 20 || bytes.count == 25 else { return false }
        func number(_ start: Int, _ count: Int) -> Int? {
            var value = 0
            for byte in bytes[start..<(start + count)] {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        func isByte(_ index: Int, _ character: Unicode.Scalar) -> Bool { bytes[index] == UInt8(ascii: character) }
        guard let year = number(0, 4), isByte(4, "-"), let month = number(5, 2), isByte(7, "-"), let day = number(8, 2),
              isByte(10, "T") || isByte(10, "t"), let hour = number(11, 2), isByte(13, ":"), let minute = number(14, 2),
              isByte(16, ":"), let second = number(17, 2),
              (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day),
              hour < 24, minute < 60, second < 60 else { return false }
        if bytes.count == 20 { return isByte(19, "Z") || isByte(19, "z") }
        guard isByte(19, "+") || isByte(19, "-"), let offsetHours = number(20, 2), isByte(22, ":"),
              let offsetMinutes = number(23, 2) else { return false }
        return offsetHours < 24 && offsetMinutes < 60
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
