import VanBanModel

/// Applies fixes as text edits at the exact place of each value, so comments, order and quoting
/// of the file stay as they were. A fix is applied only when the file still holds the value
/// exactly as it was read there (plain, or quoted with no escapes, or a line of a `|` block);
/// otherwise it is skipped and the finding stays for the user.
public enum SourceFixer {
    public struct Result {
        public var text: String
        public var applied: [Fix]
        public var skipped: [Fix]
    }

    public static func apply(_ fixes: [Fix], to text: String) -> Result {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.unicodeScalars) }
        var applied: [Fix] = [], skipped: [Fix] = []
        // Right to left, bottom to top: an edit never moves the place of one still to come.
        let ordered = fixes.sorted { ($0.span.location.line, $0.span.location.column) > ($1.span.location.line, $1.span.location.column) }
        var edited: Set<Int> = []
        for fix in ordered {
            let line = fix.span.location.line - 1
            guard !edited.contains(line), lines.indices.contains(line),
                  let range = valueRange(of: fix.span, in: lines[line]), isSafe(fix) else {
                skipped.append(fix)
                continue
            }
            lines[line].replaceSubrange(range, with: Array(fix.replacement.unicodeScalars))
            // One edit per line and pass: two fixes of one value would overlap.
            edited.insert(line)
            applied.append(fix)
        }
        // Scalar by scalar into reserved room: `UnicodeScalarView.append(contentsOf:)` copied the
        // whole text so far for every line, which made fixing 30 000 lines take seconds.
        var result = ""
        result.reserveCapacity(text.utf8.count + applied.count * 4)
        for (index, line) in lines.enumerated() {
            if index > 0 { result.unicodeScalars.append("\n") }
            for scalar in line { result.unicodeScalars.append(scalar) }
        }
        return Result(text: result, applied: applied, skipped: skipped)
    }

    /// Where the value's characters are on its line, checked against what was read.
    private static func valueRange(of span: SourceSpan, in line: [Unicode.Scalar]) -> Range<Int>? {
        let written = Array(span.written.unicodeScalars)
        let start = span.location.column - 1
        let quote: Unicode.Scalar?
        switch span.style {
        case .plain, .blockLine: quote = nil
        case .doubleQuoted: quote = "\""
        case .singleQuoted: quote = "'"
        case .other: return nil
        }
        let valueStart = start + (quote == nil ? 0 : 1)
        let valueEnd = valueStart + written.count
        guard start >= 0, valueEnd <= line.count, Array(line[valueStart..<valueEnd]) == written else { return nil }
        if let quote {
            guard line[start] == quote, valueEnd < line.count, line[valueEnd] == quote else { return nil }
        }
        if span.style == .blockLine, valueEnd != line.count { return nil }
        return valueStart..<valueEnd
    }

    /// A replacement must not need quoting its original did not have, nor escapes inside quotes.
    private static func isSafe(_ fix: Fix) -> Bool {
        let text = fix.replacement
        if text.contains("\n") { return false }
        switch fix.span.style {
        case .doubleQuoted: return !text.contains("\"") && !text.contains("\\")
        case .singleQuoted: return !text.contains("'")
        case .plain: return !text.contains(": ") && !text.contains(" #") && text.first.map { !"-?:,[]{}#&*!|>'\"%@`".contains($0) } ?? false
        case .blockLine: return true
        case .other: return false
        }
    }
}
