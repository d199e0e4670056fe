import Foundation

/// How a text file's bytes are dressed, kept across `check --fix`: a UTF-8 byte-order mark and
/// CR LF line endings (a file saved on Windows). The fixer sees plain text with LF line breaks;
/// `restore` gives the fixed text its mark and endings back, line by line, so a file that mixes
/// endings keeps each as it was. Fixes never add or remove a line break.
public struct TextFileForm {
    public let hasByteOrderMark: Bool
    /// Whether each line (from 0) ended in CR LF.
    private let endsInCarriageReturn: [Bool]

    /// The form of `data` and its text with the mark and the CRs taken off; nil when it is not UTF-8.
    public static func read(_ data: Data) -> (form: TextFileForm, text: String)? {
        guard var text = String(data: data, encoding: .utf8) else { return nil }
        let hasMark = data.starts(with: [0xEF, 0xBB, 0xBF])
        if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
        guard text.utf8.contains(UInt8(ascii: "\r")) else {
            return (TextFileForm(hasByteOrderMark: hasMark, endsInCarriageReturn: []), text)
        }
        var ends: [Bool] = []
        var plain = ""
        plain.reserveCapacity(text.utf8.count)
        // Split by bytes: as Characters, "\r\n" is one grapheme and never equals "\n".
        for (index, line) in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            if index > 0 { plain += "\n" }
            let crlf = line.last == UInt8(ascii: "\r")
            ends.append(crlf)
            plain += Substring(crlf ? line.dropLast() : line)
        }
        return (TextFileForm(hasByteOrderMark: hasMark, endsInCarriageReturn: ends), plain)
    }

    /// The fixed text in the file's form, as bytes to write.
    public func restore(_ text: String) -> Data {
        var result = hasByteOrderMark ? "\u{FEFF}" : ""
        if endsInCarriageReturn.contains(true) {
            result.reserveCapacity(text.utf8.count + endsInCarriageReturn.count + 3)
            for (index, line) in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
                if index > 0 { result += "\n" }
                result += Substring(line)
                if index < endsInCarriageReturn.count, endsInCarriageReturn[index] { result += "\r" }
            }
        } else {
            result += text
        }
        return Data(result.utf8)
    }
}
