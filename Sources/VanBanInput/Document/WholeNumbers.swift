import VanBanModel
import Yams

/// Numbers written bare where the decree wants a whole number (số, day, month, year). YAML reads
/// `-5`, `5.5`, `1e309`, `.nan` and `99999999999999999999999` as numbers, and VanBan used to print
/// them as written or drop them; now each is an error at its place, with what is allowed.
/// A value in quotes is text and stays as written ("05", "…").
enum WholeNumber: Equatable {
    case value(Int)
    /// Written as text, not as a bare number: printed as written.
    case text
    /// A bare number that is not a whole number in range: reported.
    case invalid

    /// Whether `text` is a number by YAML's rules: integers and decimals with a sign, an exponent,
    /// hexadecimal or octal, infinities and NaN.
    static func looksNumeric(_ text: String) -> Bool {
        let lowered = text.lowercased()
        if [".nan", ".inf", "+.inf", "-.inf"].contains(lowered) { return true }
        if lowered.hasPrefix("0x") { return lowered.count > 2 && lowered.dropFirst(2).allSatisfy(\.isHexDigit) }
        if lowered.hasPrefix("0o") { return lowered.count > 2 && lowered.dropFirst(2).allSatisfy { ("0"..."7").contains($0) } }
        var rest = Substring(lowered)
        if rest.first == "-" || rest.first == "+" { rest = rest.dropFirst() }
        let mantissa = rest.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
        guard mantissa.contains(where: \.isNumber), mantissa.filter({ $0 == "." }).count <= 1 else { return false }
        rest = rest.dropFirst(mantissa.count)
        guard !rest.isEmpty else { return true }
        guard rest.first == "e" else { return false }
        rest = rest.dropFirst()
        if rest.first == "-" || rest.first == "+" { rest = rest.dropFirst() }
        return !rest.isEmpty && rest.allSatisfy { $0.isASCII && $0.isNumber }
    }
}

extension NodeReader {
    /// The whole number a bare value in `range` stands for; any other bare number is an error at
    /// its place (negative, too large, a fraction, NaN, infinite). Text in quotes is `.text`.
    func wholeNumber(_ node: Node, text: String, what: Phrase, range: ClosedRange<Int>) -> WholeNumber {
        guard case let .scalar(scalar) = node, scalar.style == .plain, WholeNumber.looksNumeric(text) else { return .text }
        let (lowest, highest) = (range.lowerBound.formattedWithSpaces, range.upperBound.formattedWithSpaces)
        let textInQuotes = Phrase(en: "text that is not a number goes in quotes",
                                  vi: "nội dung không phải là số thì đặt trong dấu ngoặc kép")
        guard let value = Int(text), text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "-" || $0 == "+") }) else {
            error(Phrase(en: "\(what.english) must be a whole number from \(lowest) to \(highest), not '\(text)'",
                         vi: "\(what.vietnamese) phải là một số nguyên từ \(lowest) đến \(highest), không phải '\(text)'"), at: node,
                  hint: Phrase(en: "write digits only, e.g. \(range.lowerBound); ", vi: "chỉ viết chữ số, ví dụ \(range.lowerBound); ")
                    + textInQuotes)
            return .invalid
        }
        guard range.contains(value) else {
            error(Phrase(en: "\(what.english) \(value) is out of range: it must be from \(lowest) to \(highest)",
                         vi: "\(what.vietnamese) \(value) nằm ngoài khoảng cho phép: phải từ \(lowest) đến \(highest)"), at: node,
                  hint: textInQuotes)
            return .invalid
        }
        return .value(value)
    }
}

private extension Int {
    /// 999999 → "999 999", as Vietnamese writes large numbers (a space groups thousands); a
    /// number of four digits (a year) stays whole.
    var formattedWithSpaces: String {
        let digits = String(self.magnitude)
        guard digits.count > 4 else { return String(self) }
        var groups: [Substring] = []
        var end = digits.endIndex
        while end > digits.startIndex {
            let start = digits.index(end, offsetBy: -3, limitedBy: digits.startIndex) ?? digits.startIndex
            groups.insert(digits[start..<end], at: 0)
            end = start
        }
        return (self < 0 ? "-" : "") + groups.joined(separator: " ")
    }
}
