/// A PDF object (ISO 32000-1 §7.3) as a value: what the finisher reads from Cairo's output and
/// what it writes in an incremental update. Streams are never parsed; only their dictionaries.

/// An indirect object's number and generation: `12 0 R`.
public struct ObjectRef: Hashable, Sendable, CustomStringConvertible {
    public let number: Int
    public let generation: Int

    public init(_ number: Int, _ generation: Int = 0) {
        self.number = number
        self.generation = generation
    }

    public var description: String { "\(number) \(generation) R" }
}

public indirect enum PDFValue: Equatable, Sendable {
    case null
    case bool(Bool)
    case integer(Int)
    case real(Double)
    case name(String)
    /// A string's bytes as stored (literal or hex); see `PDFValue.text` for text strings.
    case string([UInt8])
    case array([PDFValue])
    case dictionary(PDFDictionary)
    case reference(ObjectRef)

    /// A text string (ISO 32000-1 §7.9.2.2): plain bytes when ASCII, else UTF-16BE with a byte-order mark.
    public static func text(_ string: String) -> PDFValue {
        if string.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value < 0x7F }) {
            return .string(Array(string.utf8))
        }
        var bytes: [UInt8] = [0xFE, 0xFF]
        for unit in string.utf16 { bytes += [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
        return .string(bytes)
    }

    public static func rectangle(_ values: [Double]) -> PDFValue { .array(values.map { .real($0) }) }

    public var dictionary: PDFDictionary? {
        if case let .dictionary(dictionary) = self { return dictionary }
        return nil
    }

    public var array: [PDFValue]? {
        if case let .array(array) = self { return array }
        return nil
    }

    public var reference: ObjectRef? {
        if case let .reference(reference) = self { return reference }
        return nil
    }

    public var number: Double? {
        switch self {
        case let .integer(value): return Double(value)
        case let .real(value): return value
        default: return nil
        }
    }

    public var integer: Int? {
        if case let .integer(value) = self { return value }
        return nil
    }

    public var nameValue: String? {
        if case let .name(name) = self { return name }
        return nil
    }

    /// A text string decoded (UTF-16BE with BOM, else byte = code point as PDFDocEncoding's ASCII part).
    public var textValue: String? {
        guard case let .string(bytes) = self else { return nil }
        if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF {
            let units = stride(from: 2, to: bytes.count - 1, by: 2).map { UInt16(bytes[$0]) << 8 | UInt16(bytes[$0 + 1]) }
            return String(decoding: units, as: UTF16.self)
        }
        return String(decoding: bytes.map { $0 }, as: UTF8.self)
    }
}

/// A dictionary that keeps its keys in insertion order, so written objects are stable byte for byte.
public struct PDFDictionary: Equatable, Sendable {
    public private(set) var keys: [String] = []
    private var values: [String: PDFValue] = [:]

    public init(_ entries: KeyValuePairs<String, PDFValue> = [:]) {
        for (key, value) in entries { self[key] = value }
    }

    /// The entries in insertion order.
    public var entries: [(key: String, value: PDFValue)] { keys.compactMap { key in values[key].map { (key, $0) } } }

    public subscript(key: String) -> PDFValue? {
        get { values[key] }
        set {
            if let newValue {
                if values[key] == nil { keys.append(key) }
                values[key] = newValue
            } else if values.removeValue(forKey: key) != nil {
                keys.removeAll { $0 == key }
            }
        }
    }
}
