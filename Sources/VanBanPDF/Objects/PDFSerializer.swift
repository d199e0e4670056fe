import Foundation

/// Writes PDF values as bytes. Names and strings are escaped so any value round-trips; reals are
/// written without exponents (PDF has none) with at most four decimals.
enum PDFSerializer {
    static func bytes(_ value: PDFValue) -> [UInt8] {
        var out: [UInt8] = []
        write(value, into: &out)
        return out
    }

    static func write(_ value: PDFValue, into out: inout [UInt8]) {
        switch value {
        case .null: out += Array("null".utf8)
        case let .bool(flag): out += Array((flag ? "true" : "false").utf8)
        case let .integer(number): out += Array(String(number).utf8)
        case let .real(number): out += Array(format(number).utf8)
        case let .name(name): writeName(name, into: &out)
        case let .string(bytes): writeString(bytes, into: &out)
        case let .reference(ref): out += Array(ref.description.utf8)
        case let .array(items):
            out.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { out.append(UInt8(ascii: " ")) }
                write(item, into: &out)
            }
            out.append(UInt8(ascii: "]"))
        case let .dictionary(dictionary):
            out += Array("<<".utf8)
            for (key, value) in dictionary.entries {
                out.append(UInt8(ascii: " "))
                writeName(key, into: &out)
                out.append(UInt8(ascii: " "))
                write(value, into: &out)
            }
            out += Array(" >>".utf8)
        }
    }

    /// At most four decimals, trailing zeros dropped: "12.5", "-0.0354", "3". By hand on integers:
    /// Foundation's `String(format:)` cost more than all the rest of writing a document's fields.
    static func format(_ number: Double) -> String {
        guard number.isFinite else { return "0" }
        // PDF readers keep reals far smaller; the bound keeps the scaled value inside Int64.
        let scaled = Int64((min(max(number, -1e14), 1e14) * 10_000).rounded())
        let (whole, fraction) = scaled.magnitude.quotientAndRemainder(dividingBy: 10_000)
        let sign = scaled < 0 ? "-" : ""
        guard fraction != 0 else { return sign + String(whole) }
        var decimals = String(fraction)
        decimals = String(repeating: "0", count: 4 - decimals.count) + decimals
        while decimals.hasSuffix("0") { decimals.removeLast() }
        return sign + String(whole) + "." + decimals
    }

    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    private static func writeHex(_ byte: UInt8, into out: inout [UInt8]) {
        out.append(hexDigits[Int(byte >> 4)])
        out.append(hexDigits[Int(byte & 0x0F)])
    }

    private static func writeName(_ name: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "/"))
        for byte in name.utf8 {
            if byte > 0x20, byte < 0x7F, !PDFScanner.isDelimiter(byte), byte != UInt8(ascii: "#") {
                out.append(byte)
            } else {
                out.append(UInt8(ascii: "#"))
                writeHex(byte, into: &out)
            }
        }
    }

    /// Printable ASCII goes out as a literal string; anything else as hex, which needs no escaping.
    private static func writeString(_ bytes: [UInt8], into out: inout [UInt8]) {
        if bytes.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
            out.append(UInt8(ascii: "("))
            for byte in bytes {
                if byte == UInt8(ascii: "(") || byte == UInt8(ascii: ")") || byte == UInt8(ascii: "\\") {
                    out.append(UInt8(ascii: "\\"))
                }
                out.append(byte)
            }
            out.append(UInt8(ascii: ")"))
        } else {
            out.append(UInt8(ascii: "<"))
            for byte in bytes { writeHex(byte, into: &out) }
            out.append(UInt8(ascii: ">"))
        }
    }
}
