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

    func error(_ message: Phrase, at node: Node, hint: Phrase? = nil) {
        record(Diagnostic(message, at: location(node), hint: hint))
    }

    func warning(_ message: Phrase, at node: Node, hint: Phrase? = nil) {
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
    func mapping(_ node: Node, allowed: [String], required: [String] = [], what: Phrase) -> [String: Node]? {
        guard case let .mapping(mapping) = node else {
            let found = describe(node)
            error(Phrase(en: "\(what.english) must be a mapping of keys to values, not \(found.english)",
                         vi: "\(what.vietnamese) phải là một bảng khóa (các dòng `khóa: giá trị`), không phải \(found.vietnamese)"),
                  at: node,
                  hint: Phrase(en: "write it as `key: value` lines (YAML) or an object (JSON)",
                               vi: "viết thành các dòng `khóa: giá trị` (YAML) hoặc một đối tượng { … } (JSON)"))
            return nil
        }
        var result: [String: Node] = [:]
        // A misspelt required key is one problem: "did you mean" says it, "needs the key" would repeat it.
        var suggested: Set<String> = []
        for (keyNode, value) in mapping {
            guard let key = keyNode.scalar?.string else {
                error(Phrase(en: "a key of \(what.english) must be a plain name",
                             vi: "khóa của \(what.vietnamese) phải là một tên đơn giản"), at: keyNode)
                continue
            }
            // Yams 6 refuses a mapping with a key written twice; Yams 5 keeps both, so say it here.
            guard result[key] == nil else {
                error(Self.keyTwice(key), at: keyNode, hint: Self.keepOne)
                continue
            }
            guard allowed.contains(key) else {
                let misplaced = MisplacedKeyHint.find(key: key, in: mapping, inBraces: isWrittenInBraces(node), allowed: allowed)
                let suggestion = misplaced == nil ? Suggestion.closest(to: key, among: allowed) : misplaced?.meant
                if let suggestion { suggested.insert(suggestion) }
                let keys = allowed.joined(separator: ", ")
                error(Phrase(en: "unknown key '\(key)' in \(what.english)",
                             vi: "khóa '\(key)' không dùng được trong \(what.vietnamese)"), at: keyNode,
                      hint: misplaced?.hint ?? suggestion.map(Suggestion.didYouMean)
                        ?? Phrase(en: "the keys allowed here are \(keys)", vi: "các khóa dùng được ở đây là \(keys)"))
                continue
            }
            result[key] = value
        }
        for key in required where result[key] == nil && !suggested.contains(key) {
            error(Phrase(en: "\(what.english) needs the key '\(key)'", vi: "\(what.vietnamese) cần có khóa '\(key)'"), at: node,
                  hint: Phrase(en: "add `\(key): …`", vi: "thêm dòng `\(key): …`"))
        }
        return result
    }

    /// Whether a mapping was written in braces, `{ … }`: Yams does not keep a mapping's style, so
    /// the file says it (a mapping's mark is its first character).
    func isWrittenInBraces(_ node: Node) -> Bool {
        guard let mark = node.mark, mark.line >= 1, mark.line <= sourceLines.count else { return false }
        let characters = Array(sourceLines[mark.line - 1].unicodeScalars)
        let index = mark.column - 1
        return characters.indices.contains(index) && characters[index] == "{"
    }

    // MARK: Scalars

    /// A text value, normalised to NFC and checked for characters that cannot be printed.
    /// Numbers are accepted as text as written ("5" stays "5"). `path` names the value in the
    /// source map ("symbol", "bases[2]").
    func string(_ node: Node, what: Phrase, path: String? = nil) -> String? {
        guard case let .scalar(scalar) = node else {
            let found = describe(node)
            error(Phrase(en: "\(what.english) must be text, not \(found.english)",
                         vi: "\(what.vietnamese) phải là chuỗi, không phải \(found.vietnamese)"), at: node,
                  hint: isUnquotedPlaceholder(node)
                    ? Phrase(en: "a value that starts with a {{placeholder}} must be in quotes: \"{{…}} …\"",
                             vi: "giá trị bắt đầu bằng một {{chỗ điền}} phải đặt trong dấu ngoặc kép: \"{{…}} …\"")
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
    func lines(_ node: Node, what: Phrase, path: String? = nil) -> [String]? {
        switch node {
        case .scalar:
            guard let text = string(node, what: what, path: path) else { return nil }
            let lines = text.lines(omittingEmpty: true).map(String.init)
            if let path, lines.count == 1 { record(span(node), path: "\(path)[0]") }
            return lines
        case let .sequence(sequence):
            let items = sequence.enumerated().compactMap { index, item in
                string(item, what: Phrase(en: "a line of \(what.english)", vi: "một dòng của \(what.vietnamese)"),
                       path: path.map { "\($0)[\(index)]" })
            }
            return items.count == sequence.count ? items : nil
        default:
            let found = describe(node)
            error(Phrase(en: "\(what.english) must be text or a list of lines, not \(found.english)",
                         vi: "\(what.vietnamese) phải là chuỗi hoặc danh sách các dòng, không phải \(found.vietnamese)"), at: node)
            return nil
        }
    }

    func sequence(_ node: Node, what: Phrase) -> [Node]? {
        guard case let .sequence(sequence) = node else {
            let found = describe(node)
            error(Phrase(en: "\(what.english) must be a list, not \(found.english)",
                         vi: "\(what.vietnamese) phải là một danh sách, không phải \(found.vietnamese)"), at: node,
                  hint: Phrase(en: "write each item on its own line starting with '- ' (YAML) or use [ … ] (JSON)",
                               vi: "viết mỗi mục trên một dòng riêng, bắt đầu bằng '- ' (YAML), hoặc dùng [ … ] (JSON)"))
            return nil
        }
        return Array(sequence)
    }

    func length(_ node: Node, what: Phrase) -> Length? {
        guard let text = string(node, what: what) else { return nil }
        guard let length = Length(parsing: text) else {
            error(Phrase(en: "\(what.english) must be a length such as 20mm, 1.5cm or 14pt, not '\(text)'",
                         vi: "\(what.vietnamese) phải là một độ dài như 20mm, 1.5cm hoặc 14pt, không phải '\(text)'"), at: node,
                  hint: Phrase(en: "write a number followed by mm, cm, pt or in", vi: "viết một số, tiếp theo là mm, cm, pt hoặc in"))
            return nil
        }
        return length
    }

    func number(_ node: Node, what: Phrase) -> Double? {
        guard let text = string(node, what: what) else { return nil }
        guard let value = Double(text), value.isFinite else {
            error(Phrase(en: "\(what.english) must be a number, not '\(text)'",
                         vi: "\(what.vietnamese) phải là một số, không phải '\(text)'"), at: node)
            return nil
        }
        return value
    }

    func bool(_ node: Node, what: Phrase) -> Bool? {
        guard let text = string(node, what: what) else { return nil }
        switch text.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default:
            error(Phrase(en: "\(what.english) must be true or false, not '\(text)'",
                         vi: "\(what.vietnamese) phải là true hoặc false, không phải '\(text)'"), at: node)
            return nil
        }
    }

    /// One of a fixed set of words (an enum's raw values), case-insensitive, with "did you mean".
    func choice<Choice: RawRepresentable & CaseIterable>(_ node: Node, what: Phrase, _ type: Choice.Type) -> Choice?
        where Choice.RawValue == String {
        guard let text = string(node, what: what) else { return nil }
        if let choice = Choice(rawValue: text.lowercased()) { return choice }
        let names = Choice.allCases.map(\.rawValue)
        error(Phrase(en: "unknown \(what.english) '\(text)'", vi: "\(what.vietnamese) '\(text)' không hợp lệ"), at: node,
              hint: Suggestion.hint(for: text, among: names) ?? Self.useOneOf(names))
        return nil
    }

    // MARK: Placeholders

    /// The text with every `{{column}}` replaced by the unit's value (or a blank without a unit).
    private func substituted(_ text: String, at node: Node, what: Phrase) -> String? {
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
                    Phrase(en: "unknown column '\(match.name)' in a placeholder of \(what.english)",
                           vi: "cột '\(match.name)' trong một chỗ điền của \(what.vietnamese) không có trong bảng đơn vị"),
                    at: placeholderLocation(match.token, occurrence: occurrence, in: node),
                    hint: unit.table.hintPhrase(forUnknownColumn: match.name, placeholder: true)))
                failed = true
                continue
            }
            guard let row = unit.row else { result += Placeholders.blank; continue }
            let value = row.values[column].trimmingCharacters(in: .whitespaces)
            guard !value.isEmpty else {
                let name = unit.table.columns[column]
                record(Diagnostic(
                    Phrase(en: "this unit has no value in the column '\(name)', which \(what.english) uses",
                           vi: "đơn vị này không có giá trị ở cột '\(name)', là cột mà \(what.vietnamese) dùng đến"),
                    at: unit.rowLocation,
                    hint: Phrase(en: "fill in the value, or remove {{\(match.name)}} from the document",
                                 vi: "điền giá trị vào ô đó, hoặc bỏ {{\(match.name)}} khỏi văn bản")))
                failed = true
                continue
            }
            if let bad = value.unicodeScalars.first(where: { !isPrintable($0) || BidiControls.contains($0) }) {
                let name = unit.table.columns[column]
                record(Diagnostic(
                    Phrase(en: "the value '\(value)' in the column '\(name)' contains U+\(hex(bad)), which cannot be printed",
                           vi: "giá trị '\(value)' ở cột '\(name)' có ký tự U+\(hex(bad)), ký tự này không in được"),
                    at: unit.rowLocation,
                    hint: Phrase(en: "replace it with a character of Vietnamese or Latin script",
                                 vi: "thay bằng một chữ cái tiếng Việt hoặc chữ Latinh")))
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

    static func quoteHint(_ text: String) -> Phrase {
        Phrase(en: "YAML reads a line with ': ' as a key and its value: put the line in quotes, \"\(text)\"",
               vi: "YAML đọc một dòng có ': ' thành một khóa và giá trị của nó: hãy đặt cả dòng trong dấu ngoặc kép, \"\(text)\"")
    }

    /// The same key written twice in one mapping: said here (Yams 5) and by `YAMLSource` (Yams 6).
    static func keyTwice(_ key: String) -> Phrase {
        Phrase(en: "the key '\(key)' appears twice in one mapping", vi: "khóa '\(key)' được viết hai lần trong cùng một bảng khóa")
    }

    static let keepOne = Phrase(en: "keep one of them", vi: "chỉ giữ lại một")

    /// "use one of a, b, c": the words allowed, when none is near what was written.
    static func useOneOf(_ names: [String]) -> Phrase {
        let list = names.joined(separator: ", ")
        return Phrase(en: "use one of \(list)", vi: "dùng một trong các giá trị \(list)")
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

    private func checkedText(_ raw: String, at node: Node, what: Phrase) -> String? {
        let (text, finding) = TextScreen.screened(raw, longestParagraph: Self.longestParagraph, longestWord: Self.longestWord,
                                                        drawable: drawable)
        switch finding {
        case let .clean(hasTab):
            return hasTab ? text.replacingOccurrences(of: "\t", with: " ") : text
        case let .wordTooLong(offset):
            error(Phrase(en: "\(what.english) has a word longer than \(Self.longestWord) characters (from its character \(offset + 1))",
                         vi: "\(what.vietnamese) có một từ dài hơn \(Self.longestWord) ký tự (bắt đầu từ ký tự thứ \(offset + 1))"),
                  at: node,
                  hint: Phrase(en: "put spaces between its words; a word wider than its line is cut between letters anyway",
                               vi: "thêm dấu cách giữa các từ; một từ rộng hơn dòng đằng nào cũng bị cắt giữa các chữ cái"))
        case .needsComposition:
            preconditionFailure("a composed text is screened as composed")
        case let .paragraphTooLong(lineNumber):
            error(Phrase(en: "\(what.english) has a paragraph (its line \(lineNumber)) longer than \(Self.longestParagraph) characters, about 30 pages",
                         vi: "\(what.vietnamese) có một đoạn (dòng \(lineNumber) của nó) dài hơn \(Self.longestParagraph) ký tự, khoảng 30 trang"),
                  at: node, hint: Phrase(en: "split it into paragraphs, one per line", vi: "chia thành nhiều đoạn, mỗi đoạn một dòng"))
        case let .control(scalar, offset):
            error(Phrase(en: "\(what.english) contains the control character U+\(hex(scalar)) at character \(offset + 1)",
                         vi: "\(what.vietnamese) có ký tự điều khiển U+\(hex(scalar)) ở ký tự thứ \(offset + 1)"),
                  at: node, hint: Phrase(en: "delete it; it was probably pasted by accident",
                                         vi: "hãy xóa ký tự này; có lẽ nó bị dán vào do nhầm lẫn"))
        case let .bidiControl(scalar, offset):
            error(Phrase(en: "\(what.english) contains the invisible bidirectional control U+\(hex(scalar)) at character \(offset + 1)",
                         vi: "\(what.vietnamese) có ký tự điều khiển hai chiều vô hình U+\(hex(scalar)) ở ký tự thứ \(offset + 1)"),
                  at: node, hint: BidiControls.hintPhrase)
        case let .undrawable(scalar, offset):
            error(Phrase(en: "\(what.english) contains '\(Character(scalar))' (U+\(hex(scalar))) at character \(offset + 1), which the fonts cannot draw",
                         vi: "\(what.vietnamese) có '\(Character(scalar))' (U+\(hex(scalar))) ở ký tự thứ \(offset + 1), ký tự mà phông chữ không vẽ được"),
                  at: node,
                  hint: Phrase(en: "replace it with a character of Vietnamese or Latin script, or use --fonts with a font that has it",
                               vi: "thay bằng một chữ cái tiếng Việt hoặc chữ Latinh, hoặc dùng --fonts với một phông chữ có ký tự này"))
        }
        return nil
    }

    private func hex(_ scalar: Unicode.Scalar) -> String {
        let digits = String(scalar.value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    private func describe(_ node: Node) -> Phrase {
        // Not a switch: Yams 6 has a fourth case (an alias) that Yams 5 lacks, and VanBan builds with both.
        if case .scalar = node { return Phrase(en: "a single value", vi: "một giá trị đơn") }
        if case .mapping = node { return Phrase(en: "a mapping", vi: "một bảng khóa") }
        if case .sequence = node { return Phrase(en: "a list", vi: "một danh sách") }
        return Phrase(en: "an alias", vi: "một bí danh (alias)")
    }
}
