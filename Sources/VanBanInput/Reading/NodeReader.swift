import Foundation
import VanBanModel
import Yams

/// Walks a YAML/JSON node tree and collects every problem with its location instead of stopping
/// at the first one. Decoders call its typed accessors; each returns nil after recording a
/// diagnostic, so decoding goes on and the user sees all mistakes of a file at once.
final class NodeReader {
    let file: String
    private(set) var diagnostics: [Diagnostic] = []
    /// Where every value read was written, for `vanban check`.
    private(set) var sourceMap = SourceMap()
    /// Characters the fonts can draw (all of them when no check was asked for).
    private let drawable: DrawableCharacters
    /// The unit whose values replace `{{column}}` placeholders; nil prints them as blanks.
    let unit: UnitFields?
    /// The file's lines, to point at a placeholder inside a value.
    private let sourceLines: [Substring]

    init(file: String, source: String = "", isDrawable: ((Unicode.Scalar) -> Bool)? = nil, unit: UnitFields? = nil) {
        self.file = file
        drawable = DrawableCharacters(isDrawable ?? { _ in true })
        self.unit = unit
        sourceLines = source.lines(omittingEmpty: false)
    }

    func location(_ node: Node) -> SourceLocation {
        let mark = node.mark
        return SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    func error(_ message: String, at node: Node, hint: String? = nil) {
        record(Diagnostic(message, at: location(node), hint: hint))
    }

    func warning(_ message: String, at node: Node, hint: String? = nil) {
        record(Diagnostic(.warning, message, at: location(node), hint: hint))
    }

    /// Each problem once: a node reached again through a YAML alias (`*name`) is read again, and
    /// its mistakes would be listed as many times as it is used.
    private var reported = Set<Diagnostic>()

    private func record(_ diagnostic: Diagnostic) {
        if reported.insert(diagnostic).inserted { diagnostics.append(diagnostic) }
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
        // A misspelt required key is one problem: "did you mean" says it, "needs the key" would repeat it.
        var suggested: Set<String> = []
        for (keyNode, value) in mapping {
            guard let key = keyNode.scalar?.string else {
                error("a key of \(what) must be a plain name", at: keyNode)
                continue
            }
            // Yams 6 refuses a mapping with a key written twice; Yams 5 keeps both, so say it here.
            guard result[key] == nil else {
                error("the key '\(key)' appears twice in one mapping", at: keyNode, hint: "keep one of them")
                continue
            }
            guard allowed.contains(key) else {
                let suggestion = Suggestion.closest(to: key, among: allowed)
                if let suggestion { suggested.insert(suggestion) }
                error("unknown key '\(key)' in \(what)", at: keyNode,
                      hint: suggestion.map { "did you mean '\($0)'?" }
                        ?? "the keys allowed here are \(allowed.joined(separator: ", "))")
                continue
            }
            result[key] = value
        }
        for key in required where result[key] == nil && !suggested.contains(key) {
            error("\(what) needs the key '\(key)'", at: node, hint: "add `\(key): …`")
        }
        return result
    }

    // MARK: Scalars

    /// A text value, normalised to NFC and checked for characters that cannot be printed.
    /// Numbers are accepted as text as written ("5" stays "5"). `path` names the value in the
    /// source map ("symbol", "bases[2]").
    func string(_ node: Node, what: String, path: String? = nil) -> String? {
        guard case let .scalar(scalar) = node else {
            error("\(what) must be text, not \(describe(node))", at: node,
                  hint: isUnquotedPlaceholder(node) ? "a value that starts with a {{placeholder}} must be in quotes: \"{{…}} …\""
                    : unquotedColonText(node).map(Self.quoteHint))
            return nil
        }
        sourceMap.recordText(span(node), path: path)
        if scalar.style == .plain, scalar.string == "~" || scalar.string == "null" {
            return ""
        }
        return checkedText(scalar.string, at: node, what: what).flatMap { substituted($0, at: node, what: what) }
    }

    /// A text value or a list of text values (lines); a text with line breaks is split into lines.
    /// Line `i` is recorded in the source map as `path[i]`.
    func lines(_ node: Node, what: String, path: String? = nil) -> [String]? {
        switch node {
        case .scalar:
            guard let text = string(node, what: what, path: path) else { return nil }
            let lines = text.lines(omittingEmpty: true).map(String.init)
            if let path, lines.count == 1 { record(span(node), path: "\(path)[0]") }
            return lines
        case let .sequence(sequence):
            let items = sequence.enumerated().compactMap { index, item in
                string(item, what: "a line of \(what)", path: path.map { "\($0)[\(index)]" })
            }
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

    /// One of a fixed set of words (an enum's raw values), case-insensitive, with "did you mean".
    func choice<Choice: RawRepresentable & CaseIterable>(_ node: Node, what: String, _ type: Choice.Type) -> Choice?
        where Choice.RawValue == String {
        guard let text = string(node, what: what) else { return nil }
        if let choice = Choice(rawValue: text.lowercased()) { return choice }
        let names = Choice.allCases.map(\.rawValue)
        error("unknown \(what) '\(text)'", at: node,
              hint: Suggestion.closest(to: text, among: names).map { "did you mean '\($0)'?" }
                  ?? "use one of \(names.joined(separator: ", "))")
        return nil
    }

    // MARK: Placeholders

    /// The text with every `{{column}}` replaced by the unit's value (or a blank without a unit).
    private func substituted(_ text: String, at node: Node, what: String) -> String? {
        let matches = Placeholders.matches(in: text)
        guard !matches.isEmpty else { return text }
        var result = ""
        var rest = text.startIndex
        var failed = false
        var occurrences: [Substring: Int] = [:]
        for match in matches {
            result += text[rest..<match.range.lowerBound]
            rest = match.range.upperBound
            let occurrence = occurrences[match.token, default: 0]
            occurrences[match.token] = occurrence + 1
            guard let unit else { result += Placeholders.blank; continue }
            guard let column = unit.table.columnIndex(match.name) else {
                record(Diagnostic(
                    "unknown column '\(match.name)' in a placeholder of \(what)",
                    at: placeholderLocation(match.token, occurrence: occurrence, in: node),
                    hint: unit.table.hint(forUnknownColumn: match.name, placeholder: true)))
                failed = true
                continue
            }
            guard let row = unit.row else { result += Placeholders.blank; continue }
            let value = row.values[column].trimmingCharacters(in: .whitespaces)
            guard !value.isEmpty else {
                record(Diagnostic(
                    "this unit has no value in the column '\(unit.table.columns[column])', which \(what) uses",
                    at: unit.rowLocation, hint: "fill in the value, or remove {{\(match.name)}} from the document"))
                failed = true
                continue
            }
            if let bad = value.unicodeScalars.first(where: { !isPrintable($0) || BidiControls.contains($0) }) {
                record(Diagnostic(
                    "the value '\(value)' in the column '\(unit.table.columns[column])' contains U+\(hex(bad)), which cannot be printed",
                    at: unit.rowLocation, hint: "replace it with a character of Vietnamese or Latin script"))
                failed = true
                continue
            }
            result += value
        }
        result += text[rest...]
        return failed ? nil : result
    }



    private func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.properties.generalCategory == .control { return false }
        return drawable.contains(scalar)
    }

    /// The placeholder's own line and column: the `occurrence`-th time its text appears in the
    /// file from where the value starts (a block scalar's text starts on the lines below its mark).
    private func placeholderLocation(_ token: Substring, occurrence: Int, in node: Node) -> SourceLocation {
        let start = location(node)
        var remaining = occurrence
        var lineIndex = start.line - 1
        var column = max(0, start.column - 1)
        while lineIndex < sourceLines.count {
            let line = String(sourceLines[lineIndex])
            let scalars = line.unicodeScalars
            var from = scalars.index(scalars.startIndex, offsetBy: min(column, scalars.count))
            while let found = line.range(of: token, range: from..<line.endIndex) {
                if remaining == 0 {
                    return SourceLocation(file: file, line: lineIndex + 1,
                                          column: scalars.distance(from: scalars.startIndex, to: found.lowerBound) + 1)
                }
                remaining -= 1
                from = found.upperBound
            }
            lineIndex += 1
            column = 0
        }
        return start
    }

    /// `key: {{name}} …` unquoted: YAML reads a flow mapping whose key is itself a mapping.
    /// The line as typed when YAML read an unquoted text with ": " in it (`- Lưu: VT`) as a
    /// mapping of one key to one value; nil for anything else.
    func unquotedColonText(_ node: Node) -> String? {
        guard case let .mapping(mapping) = node, mapping.count == 1, let pair = mapping.first,
              let key = pair.key.scalar, key.style == .plain, let value = pair.value.scalar, value.style == .plain else { return nil }
        return "\(key.string): \(value.string)"
    }

    static func quoteHint(_ text: String) -> String {
        "YAML reads a line with ': ' as a key and its value: put the line in quotes, \"\(text)\""
    }

    private func isUnquotedPlaceholder(_ node: Node) -> Bool {
        guard case let .mapping(mapping) = node, mapping.count == 1, let key = mapping.keys.first,
              case .mapping = key else { return false }
        return true
    }

    // MARK: Source map

    func record(_ span: SourceSpan, path: String) { sourceMap.locate(span, at: path) }

    /// Where a node was written and how, for pointing at it and editing it.
    func span(_ node: Node) -> SourceSpan {
        guard case let .scalar(scalar) = node else {
            return SourceSpan(location: location(node), style: .other, written: "")
        }
        let style: SourceSpan.Style
        switch scalar.style {
        case _ where scalar.string.containsUTF8(UInt8(ascii: "\n")): style = .other
        case .plain: style = .plain
        case .singleQuoted: style = .singleQuoted
        case .doubleQuoted: style = .doubleQuoted
        default: style = .other
        }
        return SourceSpan(location: location(node), style: style, written: scalar.string)
    }

    /// Where each of the lines `indices` (counting empty lines) of a text value was written: its
    /// own line in a `|` block, else the value's start. The value is split once for all of them
    /// (once per line made reading a long body quadratic: half of the reading time of Đống Đa).
    func lineSpans(_ node: Node, lines indices: [Int]) -> [SourceSpan] {
        guard case let .scalar(scalar) = node, scalar.style == .literal else { return indices.map { _ in span(node) } }
        let written = scalar.string.lines(omittingEmpty: false)
        let start = location(node)
        return indices.map { index in
            let lineNumber = start.line + 1 + index
            guard index < written.count, lineNumber - 1 < sourceLines.count else { return span(node) }
            let source = sourceLines[lineNumber - 1]
            let indent = source.unicodeScalars.prefix { $0 == " " }.count
            guard String(source.unicodeScalars.dropFirst(indent)) == String(written[index]) else {
                return SourceSpan(location: start, style: .other, written: "")
            }
            return SourceSpan(location: SourceLocation(file: file, line: lineNumber, column: indent + 1),
                              style: .blockLine, written: String(written[index]))
        }
    }

    // MARK: Text hygiene

    /// The longest paragraph (one line of a text) VanBan lays out, about 30 pages. Pango measures
    /// a paragraph in 32-bit units and breaks lines wrongly once its width on one line would pass
    /// 2^31 / 1024 pt (some 300 000 characters), so far beyond any real document VanBan refuses.
    static let longestParagraph = 100_000
    /// The longest word (no space, tab or line feed in it) VanBan lays out. Pango cuts a word
    /// wider than its line between letters, in time that grows with the square of the word's
    /// length (a 40 000-character issuer name took 3 s, 99 000 characters over a minute);
    /// a thousand characters is some fifteen lines of body text, and no Vietnamese word.
    static let longestWord = 1_000

    private func checkedText(_ raw: String, at node: Node, what: String) -> String? {
        let (text, finding) = TextScreen.screened(raw, longestParagraph: Self.longestParagraph, longestWord: Self.longestWord,
                                                        drawable: drawable)
        switch finding {
        case let .clean(hasTab):
            return hasTab ? text.replacingOccurrences(of: "\t", with: " ") : text
        case let .wordTooLong(offset):
            error("\(what) has a word longer than \(Self.longestWord) characters (from its character \(offset + 1))",
                  at: node, hint: "put spaces between its words; a word wider than its line is cut between letters anyway")
        case .needsComposition:
            preconditionFailure("a composed text is screened as composed")
        case let .paragraphTooLong(lineNumber):
            error("\(what) has a paragraph (its line \(lineNumber)) longer than \(Self.longestParagraph) characters, about 30 pages",
                  at: node, hint: "split it into paragraphs, one per line")
        case let .control(scalar, offset):
            error("\(what) contains the control character U+\(hex(scalar)) at character \(offset + 1)",
                  at: node, hint: "delete it; it was probably pasted by accident")
        case let .bidiControl(scalar, offset):
            error("\(what) contains the invisible bidirectional control U+\(hex(scalar)) at character \(offset + 1)",
                  at: node, hint: BidiControls.hint)
        case let .undrawable(scalar, offset):
            error("\(what) contains '\(Character(scalar))' (U+\(hex(scalar))) at character \(offset + 1), which the fonts cannot draw",
                  at: node, hint: "replace it with a character of Vietnamese or Latin script, or use --fonts with a font that has it")
        }
        return nil
    }

    private func hex(_ scalar: Unicode.Scalar) -> String {
        let digits = String(scalar.value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    private func describe(_ node: Node) -> String {
        // Not a switch: Yams 6 has a fourth case (an alias) that Yams 5 lacks, and VanBan builds with both.
        if case .scalar = node { return "a single value" }
        if case .mapping = node { return "a mapping" }
        if case .sequence = node { return "a list" }
        return "an alias"
    }
}
