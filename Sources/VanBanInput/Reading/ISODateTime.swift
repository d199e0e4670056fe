import Foundation

/// ISO 8601 date-times as Cairo's PDF metadata expects them: `YYYY-MM-DDThh:mm:ss±hh:mm` or `…Z`.
public enum ISODateTime {
    public static func isValid(_ text: String) -> Bool {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.date(from: text) != nil
    }
}
