/// Where each value of a document was written, keyed by its path in the model
/// ("symbol", "date.day", "bases[2]", "recipients[0][3]", "body[5]").
///
/// Reading fills it; `vanban check` uses it to point at the value a rule judges and to edit
/// exactly that value's characters in the file (`--fix`), leaving every other byte alone.
public struct SourceMap: Sendable, Hashable {
    public private(set) var spans: [String: SourceSpan] = [:]
    /// Every text value read, in file order, including those without a path (table cells…).
    public private(set) var texts: [SourceSpan] = []

    public init() {}

    public subscript(path: String) -> SourceSpan? { spans[path] }

    /// A text value read; `path` names it when a rule may look for it.
    public mutating func recordText(_ span: SourceSpan, path: String?) {
        if let path { spans[path] = span }
        texts.append(span)
    }

    /// Where a value that is not itself a text (a mapping, a line of a text) was written.
    public mutating func locate(_ span: SourceSpan, at path: String) { spans[path] = span }
}

/// One value as written in the file: where it starts, how it is quoted and its characters
/// before NFC normalisation.
public struct SourceSpan: Sendable, Hashable {
    /// How a value is written in YAML (JSON strings are double-quoted).
    public enum Style: Sendable, Hashable {
        /// `key: value`, unquoted, on one line.
        case plain
        case singleQuoted
        case doubleQuoted
        /// One line inside a `|` or `>` block: the location is the first character of the line.
        case blockLine
        /// Anything else (a mapping, a list, a multi-line value): a place to point at, not to edit.
        case other
    }

    public var location: SourceLocation
    public var style: Style
    /// The value exactly as decoded from the file, before NFC normalisation.
    public var written: String

    public init(location: SourceLocation, style: Style, written: String) {
        self.location = location
        self.style = style
        self.written = written
    }

    /// Whether the value's characters can be replaced in place.
    public var isEditable: Bool { style != .other }
}
