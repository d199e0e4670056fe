/// Roman numerals for appendix labels ("Phụ lục II") and section numbers ("IV.").
public enum RomanNumeral {
    private static let table: [(Int, String)] = [
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ]

    public static func string(for value: Int) -> String {
        var rest = value, result = ""
        for (amount, numeral) in table {
            while rest >= amount { result += numeral; rest -= amount }
        }
        return result
    }

    /// The value of a well-formed numeral ("XIV" → 14), or nil ("IIII", "VX").
    public static func value(of text: String) -> Int? {
        var rest = Substring(text), total = 0
        for (amount, numeral) in table {
            while rest.hasPrefix(numeral) { total += amount; rest = rest.dropFirst(numeral.count) }
        }
        guard rest.isEmpty, total > 0, string(for: total) == text else { return nil }
        return total
    }
}
