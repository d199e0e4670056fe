import Foundation
import VanBanModel

/// Where a byte of a file is, as line and column (columns count characters, as in every other
/// message), for problems found in the bytes before any YAML is parsed: a NUL, bytes that are not
/// UTF-8. Reporting them all at 1:1 sent users looking at the wrong place.
enum BytePosition {
    static func location<Bytes: Collection>(of offset: Int, in bytes: Bytes, file: String) -> SourceLocation where Bytes.Element == UInt8 {
        var line = 1, column = 1
        for byte in bytes.prefix(offset) {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {   // a continuation byte is part of the character before it
                column += 1
            }
        }
        return SourceLocation(file: file, line: line, column: column)
    }

    /// The offset of the first byte that does not start or continue a valid UTF-8 character.
    static func firstInvalidUTF8(in data: Data) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = data.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case let .valid(encoded): offset += encoded.count
            case .error: return offset
            case .emptyInput: return nil
            }
        }
    }

    /// Where a key appears for the second time in the block mapping whose first duplicate key
    /// Yams points at (its report names the keys, not where they repeat). Searched among the
    /// lines indented as that key, from the mapping's first line to its end; nil when the mapping
    /// is written in flow style or the key cannot be found.
    static func secondOccurrence(of key: String, near mark: SourceLocation, in text: String) -> SourceLocation? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let indent = mark.column - 1
        guard mark.line >= 1, mark.line <= lines.count else { return nil }
        func isInside(_ line: Substring) -> Bool {
            let content = line.drop { $0 == " " }
            return content.isEmpty || content.hasPrefix("#") || line.count - content.count >= indent
        }
        var first = mark.line - 1
        while first > 0, isInside(lines[first - 1]) { first -= 1 }
        var seen = 0
        for index in first..<lines.count {
            let line = lines[index]
            guard isInside(line) else { break }
            let content = line.dropFirst(indent)
            guard line.prefix(indent).allSatisfy({ $0 == " " || $0 == "-" }) else { continue }
            let written = [key + ":", "\"" + key + "\":", "'" + key + "':"]
            guard written.contains(where: { content.hasPrefix($0) }) else { continue }
            seen += 1
            if seen == 2 { return SourceLocation(file: mark.file, line: index + 1, column: indent + 1) }
        }
        return nil
    }
}
