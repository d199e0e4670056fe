import VanBanModel

/// A tab in a line's indentation: YAML indents with spaces only, and libyaml's own message for it
/// ("found character that cannot start any token") never says "tab". Editors that insert tabs
/// are common, so a syntax error with a tab at or before it is reported as the tab, at its place.
enum IndentationTab {
    /// The first tab in the leading whitespace of lines 1 through `line`.
    static func first(in text: String, throughLine line: Int, file: String) -> SourceLocation? {
        var number = 0
        for content in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            if number > line { break }
            var column = 0
            for character in content.utf8 {
                column += 1
                if character == UInt8(ascii: "\t") { return SourceLocation(file: file, line: number, column: column) }
                if character != UInt8(ascii: " ") { break }
            }
        }
        return nil
    }
}
