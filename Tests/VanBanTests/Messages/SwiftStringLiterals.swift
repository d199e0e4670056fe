import Foundation

/// Reads the string literals a Swift source writes after a given text (`Phrase(en: `), well enough
/// to check the messages of VanBan's own sources: escapes, `\( … )` interpolations with nested
/// parentheses and strings, and `"""` literals. An interpolation is kept as `\(…)` so that the
/// two languages of a phrase can be compared with their values left out.
struct SwiftStringLiterals {
    struct Literal {
        var text: String
        var line: Int
        /// The text without its interpolations: what a translator writes.
        var words: String {
            var result = "", depth = 0, index = text.startIndex
            while index < text.endIndex {
                let character = text[index]
                if depth == 0, character == "\\", text.index(after: index) < text.endIndex,
                   text[text.index(after: index)] == "(" {
                    depth = 1
                    index = text.index(index, offsetBy: 2)
                    continue
                }
                if depth > 0 {
                    if character == "(" { depth += 1 } else if character == ")" { depth -= 1 }
                } else {
                    result.append(character)
                }
                index = text.index(after: index)
            }
            return result
        }
    }

    let source: [Character]

    init(_ source: String) { self.source = Array(source) }

    /// The literal that starts at `start` (its opening quote), and the index after it.
    func literal(at start: Int) -> (text: String, end: Int)? {
        guard start < source.count, source[start] == "\"" else { return nil }
        let triple = start + 2 < source.count && source[start + 1] == "\"" && source[start + 2] == "\""
        var index = start + (triple ? 3 : 1)
        var text = ""
        while index < source.count {
            let character = source[index]
            if character == "\\", index + 1 < source.count {
                if source[index + 1] == "(" {
                    let end = interpolationEnd(from: index + 2)
                    text += String(source[index..<end])
                    index = end
                    continue
                }
                text += String(source[index...index + 1])
                index += 2
                continue
            }
            if character == "\"" {
                if !triple { return (text, index + 1) }
                if index + 2 < source.count, source[index + 1] == "\"", source[index + 2] == "\"" {
                    return (text, index + 3)
                }
            }
            if character == "\n", !triple { return nil }
            text.append(character)
            index += 1
        }
        return nil
    }

    /// After `\(`: the index after the matching `)`, skipping strings inside.
    private func interpolationEnd(from start: Int) -> Int {
        var depth = 1, index = start
        while index < source.count, depth > 0 {
            switch source[index] {
            case "(": depth += 1
            case ")": depth -= 1
            case "\"":
                if let inner = literal(at: index) { index = inner.end; continue }
            default: break
            }
            index += 1
        }
        return index
    }

    func lineNumber(at index: Int) -> Int { source[..<min(index, source.count)].filter { $0 == "\n" }.count + 1 }

    /// Every place `marker` is written, with the literal right after it (nil when the marker is
    /// followed by something else, such as a variable).
    func literals(after marker: String) -> [(line: Int, literal: Literal?, end: Int)] {
        let pattern = Array(marker)
        var results: [(Int, Literal?, Int)] = []
        var index = 0
        while index + pattern.count <= source.count {
            if Array(source[index..<index + pattern.count]) == pattern {
                var start = index + pattern.count
                while start < source.count, source[start] == " " || source[start] == "\n" { start += 1 }
                if let found = literal(at: start) {
                    results.append((lineNumber(at: index), Literal(text: found.text, line: lineNumber(at: start)), found.end))
                } else {
                    results.append((lineNumber(at: index), nil, start))
                }
                index += pattern.count
                continue
            }
            index += 1
        }
        return results
    }
}
