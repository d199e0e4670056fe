import VanBanModel

/// Reads PDF values from bytes (ISO 32000-1 §7.2–7.3): skips white space and comments, and
/// recognises `n g R` references by looking two tokens ahead. Nesting is bounded so a hostile
/// file cannot exhaust the stack.
struct PDFScanner {
    let bytes: [UInt8]
    var position: Int
    private static let maximumDepth = 64

    init(bytes: [UInt8], position: Int = 0) {
        self.bytes = bytes
        self.position = position
    }

    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == 0x0C || byte == 0x00
    }

    static func isDelimiter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "["),
             UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "/"), UInt8(ascii: "%"):
            return true
        default:
            return false
        }
    }

    mutating func skipWhitespace() {
        while position < bytes.count {
            if Self.isWhitespace(bytes[position]) {
                position += 1
            } else if bytes[position] == UInt8(ascii: "%") {
                while position < bytes.count, bytes[position] != 0x0A, bytes[position] != 0x0D { position += 1 }
            } else {
                return
            }
        }
    }

    /// A keyword or number token (a run of regular characters), without consuming it when `peek`.
    mutating func token(peek: Bool = false) -> String {
        skipWhitespace()
        var end = position
        while end < bytes.count, !Self.isWhitespace(bytes[end]), !Self.isDelimiter(bytes[end]) { end += 1 }
        let text = String(decoding: bytes[position..<end], as: UTF8.self)
        if !peek { position = end }
        return text
    }

    mutating func expect(_ keyword: String) throws {
        let start = position
        guard token() == keyword else { throw PDFError.malformed(Phrase(en: "expected '\(keyword)'", vi: "cần '\(keyword)'"), offset: start) }
    }

    mutating func value(depth: Int = 0) throws -> PDFValue {
        guard depth < Self.maximumDepth else {
            throw PDFError.malformed(Phrase(en: "objects nested too deeply", vi: "các đối tượng lồng nhau quá sâu"), offset: position)
        }
        skipWhitespace()
        guard position < bytes.count else { throw PDFError.malformed(Phrase(en: "unexpected end of file", vi: "tệp kết thúc đột ngột"), offset: position) }
        let start = position
        switch bytes[position] {
        case UInt8(ascii: "/"):
            position += 1
            return .name(name())
        case UInt8(ascii: "("):
            position += 1
            return .string(try literalString())
        case UInt8(ascii: "<"):
            if position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: "<") {
                position += 2
                return .dictionary(try dictionary(depth: depth))
            }
            position += 1
            return .string(try hexString())
        case UInt8(ascii: "["):
            position += 1
            var items: [PDFValue] = []
            while true {
                skipWhitespace()
                guard position < bytes.count else { throw PDFError.malformed(Phrase(en: "unterminated array", vi: "mảng thiếu dấu đóng"), offset: start) }
                if bytes[position] == UInt8(ascii: "]") { position += 1; return .array(items) }
                items.append(try value(depth: depth + 1))
            }
        default:
            return try numberOrKeyword(at: start)
        }
    }

    private mutating func dictionary(depth: Int) throws -> PDFDictionary {
        var dictionary = PDFDictionary()
        while true {
            skipWhitespace()
            guard position + 1 < bytes.count else { throw PDFError.malformed(Phrase(en: "unterminated dictionary", vi: "từ điển thiếu dấu đóng"), offset: position) }
            if bytes[position] == UInt8(ascii: ">"), bytes[position + 1] == UInt8(ascii: ">") {
                position += 2
                return dictionary
            }
            guard case let .name(key) = try value(depth: depth + 1) else {
                throw PDFError.malformed(Phrase(en: "dictionary key is not a name", vi: "khóa của từ điển không phải là tên"), offset: position)
            }
            dictionary[key] = try value(depth: depth + 1)
        }
    }

    private mutating func name() -> String {
        var raw: [UInt8] = []
        while position < bytes.count, !Self.isWhitespace(bytes[position]), !Self.isDelimiter(bytes[position]) {
            if bytes[position] == UInt8(ascii: "#"), position + 2 < bytes.count,
               let byte = UInt8(String(decoding: bytes[(position + 1)...(position + 2)], as: UTF8.self), radix: 16) {
                raw.append(byte)
                position += 3
            } else {
                raw.append(bytes[position])
                position += 1
            }
        }
        return String(decoding: raw, as: UTF8.self)
    }

    private mutating func literalString() throws -> [UInt8] {
        let start = position
        var out: [UInt8] = []
        var depth = 1
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            switch byte {
            case UInt8(ascii: "\\"):
                guard position < bytes.count else { break }
                let escaped = bytes[position]
                position += 1
                switch escaped {
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case 0x0A: break
                case 0x0D: if position < bytes.count, bytes[position] == 0x0A { position += 1 }
                case UInt8(ascii: "0")...UInt8(ascii: "7"):
                    var code = Int(escaped - UInt8(ascii: "0"))
                    for _ in 0..<2 where position < bytes.count && (UInt8(ascii: "0")...UInt8(ascii: "7")).contains(bytes[position]) {
                        code = code * 8 + Int(bytes[position] - UInt8(ascii: "0"))
                        position += 1
                    }
                    out.append(UInt8(code & 0xFF))
                default: out.append(escaped)
                }
            case UInt8(ascii: "("):
                depth += 1
                out.append(byte)
            case UInt8(ascii: ")"):
                depth -= 1
                if depth == 0 { return out }
                out.append(byte)
            default:
                out.append(byte)
            }
        }
        throw PDFError.malformed(Phrase(en: "unterminated string", vi: "chuỗi thiếu dấu đóng"), offset: start)
    }

    private mutating func hexString() throws -> [UInt8] {
        let start = position
        var digits: [UInt8] = []
        while position < bytes.count, bytes[position] != UInt8(ascii: ">") {
            let byte = bytes[position]
            position += 1
            if Self.isWhitespace(byte) { continue }
            guard let digit = UInt8(String(UnicodeScalar(byte)), radix: 16) else {
                throw PDFError.malformed(Phrase(en: "bad hex digit in string", vi: "chữ số thập lục phân sai trong chuỗi"), offset: position - 1)
            }
            digits.append(digit)
        }
        guard position < bytes.count else { throw PDFError.malformed(Phrase(en: "unterminated hex string", vi: "chuỗi thập lục phân thiếu dấu đóng"), offset: start) }
        position += 1
        if digits.count % 2 == 1 { digits.append(0) }
        return stride(from: 0, to: digits.count, by: 2).map { digits[$0] << 4 | digits[$0 + 1] }
    }

    private mutating func numberOrKeyword(at start: Int) throws -> PDFValue {
        let word = token()
        switch word {
        case "true": return .bool(true)
        case "false": return .bool(false)
        case "null": return .null
        default: break
        }
        if let integer = Int(word) {
            // `n g R`: look ahead without committing.
            var lookahead = self
            if integer >= 0, let generation = Int(lookahead.token()), lookahead.token() == "R" {
                self = lookahead
                return .reference(ObjectRef(integer, generation))
            }
            return .integer(integer)
        }
        if let real = Double(word), word.first.map({ $0.isNumber || $0 == "-" || $0 == "+" || $0 == "." }) == true {
            return .real(real)
        }
        throw PDFError.malformed(Phrase(en: "unexpected '\(word.prefix(20))'", vi: "gặp '\(word.prefix(20))' không đúng chỗ"), offset: start)
    }
}
