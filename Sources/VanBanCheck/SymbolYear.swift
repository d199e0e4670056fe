/// A legal-normative document (văn bản quy phạm pháp luật) is numbered with its year of issue:
/// "Số: 21/2022/NQ-HĐND", number/year/type-issuer. The year may be typed with the number
/// (`number: 21/2022`) or opening the ký hiệu (`symbol: 2022/NQ-HĐND`); the rules on the ký
/// hiệu and the number look at what stands beside it.
enum SymbolYear {
    /// The ký hiệu after a leading four-digit year and its slash ("2022/NQ-HĐND" → "NQ-HĐND");
    /// the ký hiệu itself when it has none.
    static func withoutYear(_ symbol: String) -> String {
        guard let slash = symbol.firstIndex(of: "/"), isYear(symbol[..<slash]) else { return symbol }
        return String(symbol[symbol.index(after: slash)...])
    }

    /// The number before a trailing slash and four-digit year ("21/2022" → "21"); the number
    /// itself when it has none.
    static func withoutYear(number: String) -> String {
        guard let slash = number.lastIndex(of: "/"), isYear(number[number.index(after: slash)...]) else { return number }
        return String(number[..<slash])
    }

    private static func isYear(_ text: Substring) -> Bool {
        text.count == 4 && text.allSatisfy { $0.isASCII && $0.isNumber }
    }
}
