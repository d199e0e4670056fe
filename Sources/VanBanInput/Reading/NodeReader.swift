import Foundation
import VanBanModel
import Yams

/// Walks a YAML/JSON node tree and collects every problem with its location instead of stopping
/// at the first one. Decoders call its typed accessors; each returns nil after recording a
/// diagnostic, so decoding goes on and the user sees all mistakes of a file at once.
final class NodeReader {
    let file: String
    private(set) var diagnostics: [Diagnostic] = []
    /// Characters the fonts can draw; nil skips the check.
    let isDrawable: ((Unicode.Scalar) -> Bool)?

    init(file: String, isDrawable: ((Unicode.Scalar) -> Bool)? = nil) {
        self.file = file
        self.isDrawable = isDrawable
    }

    func location(_ node: Node) -> SourceLocation {
        let mark = node.mark
        return SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    func error(_ message: String, at node: Node, hint: String? = nil) {
        diagnostics.append(Diagnostic(message, at: location(node), hint: hint))
    }

    func warning(_ message: String, at node: Node, hint: String? = nil) {
        diagnostics.append(Diagnostic(.warning, message, at: location(node), hint: hint))
    }

    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    // MARK: Mappings

    /// The keys of a mapping, checked against the allowed ones; unknown keys get a "did you mean".
    func mapping(_ node: Node, allowed: [String], required: [String] = [], what: String) -> [String: Node]? {
        guard case let .mapping(mapping) = node else {
            error("\(what) must be a mapping of keys to values, not \(describe(node))", at: node,
                  hint: "write it as `key: value` lines (YAML) or an object (JSON)")
            return nil
        }
        var result: [String: Node] = [:]
        for (keyNode, value) in mapping {
            guard let key = keyNode.scalar?.string else {
                error("a key of \(what) must be a plain name", at: keyNode)
                continue
            }
            guard allowed.contains(key) else {
                let suggestion = Suggestion.closest(to: key, among: allowed)
                error("unknown key '\(key)' in \(what)", at: keyNode,
                      hint: suggestion.map { "did you mean '\($0)'?" }
                        ?? "the keys allowed here are \(allowed.joined(separator: ", "))")
                continue
            }
            result[key] = value
        }
        for key in required where result[key] == nil {
            error("\(what) needs the key '\(key)'", at: node, hint: "add `\(key): …`")
        }
        return result
    }

    // MARK: Scalars

    /// A text value, normalised to NFC and checked for characters that cannot be printed.
    /// Numbers are accepted as text as written ("5" stays "5").
    func string(_ node: Node, what: String) -> String? {
        guard case let .scalar(scalar) = node else {
            error("\(what) must be text, not \(describe(node))", at: node)
            return nil
        }
        if scalar.style == .plain, scalar.string == "~" || scalar.string == "null" {
            return ""
        }
        return checkedText(scalar.string, at: node, what: what)
    }

    /// A text value or a list of text values (lines); a text with line breaks is split into lines.
    func lines(_ node: Node, what: String) -> [String]? {
        switch node {
        case .scalar:
            return string(node, what: what).map { text in
                text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
            }
        case let .sequence(sequence):
            let items = sequence.compactMap { string($0, what: "a line of \(what)") }
            return items.count == sequence.count ? items : nil
        default:
            error("\(what) must be text or a list of lines, not \(describe(node))", at: node)
            return nil
        }
    }

    func sequence(_ node: Node, what: String) -> [Node]? {
        guard case let .sequence(sequence) = node else {
            error("\(what) must be a list, not \(describe(node))", at: node,
                  hint: "write each item on its own line starting with '- ' (YAML) or use [ … ] (JSON)")
            return nil
        }
        return Array(sequence)
    }

    func length(_ node: Node, what: String) -> Length? {
        guard let text = string(node, what: what) else { return nil }
        guard let length = Length(parsing: text) else {
            error("\(what) must be a length such as 20mm, 1.5cm or 14pt, not '\(text)'", at: node,
                  hint: "write a number followed by mm, cm, pt or in")
            return nil
        }
        return length
    }

    func number(_ node: Node, what: String) -> Double? {
        guard let text = string(node, what: what) else { return nil }
        guard let value = Double(text), value.isFinite else {
            error("\(what) must be a number, not '\(text)'", at: node)
            return nil
        }
        return value
    }

    func bool(_ node: Node, what: String) -> Bool? {
        guard let text = string(node, what: what) else { return nil }
        switch text.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default:
            error("\(what) must be true or false, not '\(text)'", at: node)
            return nil
        }
    }

    /// Whether a scalar was written as a bare integer (`5`), as opposed to text (`"05"`).
    func isPlainInteger(_ node: Node) -> Bool {
        guard case let .scalar(scalar) = node, scalar.style == .plain else { return false }
        return !scalar.string.isEmpty && scalar.string.allSatisfy(\.isASCII) && Int(scalar.string) != nil
    }

    // MARK: Text hygiene

    private func checkedText(_ raw: String, at node: Node, what: String) -> String? {
        let text = raw.precomposedStringWithCanonicalMapping
        for (offset, scalar) in text.unicodeScalars.enumerated() {
            if scalar.properties.generalCategory == .control, scalar != "\n", scalar != "\t" {
                error("\(what) contains the control character U+\(hex(scalar)) at character \(offset + 1)",
                      at: node, hint: "delete it; it was probably pasted by accident")
                return nil
            }
            if let isDrawable, scalar != "\n", scalar != "\t", !isDrawable(scalar) {
                error("\(what) contains '\(Character(scalar))' (U+\(hex(scalar))) at character \(offset + 1), which the fonts cannot draw",
                      at: node, hint: "replace it with a character of Vietnamese or Latin script, or use --fonts with a font that has it")
                return nil
            }
        }
        return text.replacingOccurrences(of: "\t", with: " ")
    }

    private func hex(_ scalar: Unicode.Scalar) -> String {
        let digits = String(scalar.value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    private func describe(_ node: Node) -> String {
        switch node {
        case .scalar: return "a single value"
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        }
    }
}
