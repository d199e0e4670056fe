/// The start tags, end tags and text of an XML document, in order: enough for the plain,
/// machine-written XML of a workbook (no DTD; comments, processing instructions and CDATA
/// are skipped or read as text). Names are local (`x:c` is `c`), and so are attribute keys
/// (`r:id` is `id`). One pass over the bytes.
enum XMLEvent: Equatable {
    case start(String, [String: String])
    case end(String)
    case text(String)

    static func parse(_ bytes: [UInt8]) -> [XMLEvent] {
        var events: [XMLEvent] = []
        var index = 0
        var textStart = 0
        func flushText(upTo end: Int) {
            if end > textStart { events.append(.text(decode(bytes[textStart..<end]))) }
        }
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "<") else { index += 1; continue }
            flushText(upTo: index)
            if starts(bytes, at: index, with: "<![CDATA[") {
                let close = find(bytes, "]]>", from: index) ?? bytes.count
                events.append(.text(String(decoding: bytes[min(index + 9, close)..<close], as: UTF8.self)))
                index = min(close + 3, bytes.count)
            } else if starts(bytes, at: index, with: "<!--") {
                index = min((find(bytes, "-->", from: index) ?? bytes.count) + 3, bytes.count)
            } else {
                let close = find(bytes, ">", from: index) ?? bytes.count
                let tag = bytes[(index + 1)..<close]
                if tag.first == UInt8(ascii: "/") {
                    events.append(.end(localName(String(decoding: tag.dropFirst(), as: UTF8.self).trimmingCharacters())))
                } else if tag.first != UInt8(ascii: "?"), tag.first != UInt8(ascii: "!") {
                    let selfClosing = tag.last == UInt8(ascii: "/")
                    let (name, attributes) = startTag(selfClosing ? tag.dropLast() : tag)
                    events.append(.start(name, attributes))
                    if selfClosing { events.append(.end(name)) }
                }
                index = min(close + 1, bytes.count)
            }
            textStart = index
        }
        flushText(upTo: bytes.count)
        return events
    }

    private static func startTag(_ tag: ArraySlice<UInt8>) -> (String, [String: String]) {
        var position = tag.startIndex
        while position < tag.endIndex, !isSpace(tag[position]) { position += 1 }
        let name = localName(String(decoding: tag[tag.startIndex..<position], as: UTF8.self))
        var attributes: [String: String] = [:]
        while position < tag.endIndex {
            while position < tag.endIndex, isSpace(tag[position]) { position += 1 }
            let keyStart = position
            while position < tag.endIndex, tag[position] != UInt8(ascii: "="), !isSpace(tag[position]) { position += 1 }
            let key = localName(String(decoding: tag[keyStart..<position], as: UTF8.self))
            while position < tag.endIndex, tag[position] != UInt8(ascii: "\""), tag[position] != UInt8(ascii: "'") { position += 1 }
            guard position < tag.endIndex else { break }
            let quote = tag[position]
            let valueStart = position + 1
            position = valueStart
            while position < tag.endIndex, tag[position] != quote { position += 1 }
            if !key.isEmpty { attributes[key] = decode(tag[valueStart..<min(position, tag.endIndex)]) }
            position += 1
        }
        return (name, attributes)
    }

    /// Text with its five named entities and numeric character references replaced.
    private static func decode(_ bytes: ArraySlice<UInt8>) -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        guard text.contains("&") else { return text }
        var result = ""
        var rest = text[...]
        while let ampersand = rest.firstIndex(of: "&") {
            result += rest[..<ampersand]
            guard let semicolon = rest[ampersand...].firstIndex(of: ";") else { break }
            let entity = rest[rest.index(after: ampersand)..<semicolon]
            let named = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'"][String(entity)]
            let number = entity.hasPrefix("#x") ? UInt32(entity.dropFirst(2), radix: 16)
                : entity.hasPrefix("#") ? UInt32(entity.dropFirst()) : nil
            if let named {
                result += named
            } else if let number, let scalar = Unicode.Scalar(number) {
                result.unicodeScalars.append(scalar)
            } else {
                result += rest[ampersand...semicolon]
            }
            rest = rest[rest.index(after: semicolon)...]
        }
        return result + rest
    }

    private static func localName(_ name: String) -> String {
        name.split(separator: ":").last.map(String.init) ?? name
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

    private static func starts(_ bytes: [UInt8], at index: Int, with prefix: String) -> Bool {
        let prefix = Array(prefix.utf8)
        return index + prefix.count <= bytes.count && Array(bytes[index..<(index + prefix.count)]) == prefix
    }

    private static func find(_ bytes: [UInt8], _ needle: String, from index: Int) -> Int? {
        let needle = Array(needle.utf8)
        var position = index
        while position + needle.count <= bytes.count {
            if bytes[position] == needle[0], Array(bytes[position..<(position + needle.count)]) == needle { return position }
            position += 1
        }
        return nil
    }
}

private extension String {
    func trimmingCharacters() -> String {
        var text = self[...]
        while let last = text.last, last.isWhitespace { text = text.dropLast() }
        return String(text)
    }
}
