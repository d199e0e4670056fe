import VanBanModel
import Yams

/// What an unknown key most likely is when it is not a misspelling: a block of the body written
/// beside `body:` instead of under it (`table:` in an appendix), or the second half of a text cut
/// at its comma inside `{ … }` (`{ head: Nội dung, ghi chú }` reads as two keys). A "did you
/// mean" would send the clerk to the wrong key (`table` → `title`), so these hints come first.
enum MisplacedKeyHint {
    /// The key each kind of body block starts with.
    static let blockKeys: Set<String> = [InputKeys.tableBlock[0], InputKeys.programmeBlock[0],
                                         InputKeys.paragraph[0], InputKeys.blankLines[0]]

    struct Found {
        var hint: Phrase
        /// The key the hint points to, which need not be reported missing as well.
        var meant: String?
    }

    static func find(key: String, in mapping: Node.Mapping, inBraces: Bool, allowed: [String]) -> Found? {
        if allowed.contains("body"), blockKeys.contains(key) {
            return Found(hint: Phrase(
                en: "a \(key) is a block of the body: write it under `body:` as one of its items, `- \(key): …`",
                vi: "\(key) là một khối của phần nội dung: hãy viết nó dưới `body:` thành một mục, `- \(key): …`"),
                meant: "body")
        }
        if inBraces, let text = textCutAtComma(before: key, in: mapping) {
            return Found(hint: Phrase(
                en: "a comma inside { … } starts another key: put the text in quotes, \(text.key): \"\(text.value), \(key)\"",
                vi: "dấu phẩy trong { … } mở đầu một khóa khác: hãy đặt cả chuỗi trong dấu ngoặc kép, \(text.key): \"\(text.value), \(key)\""),
                meant: nil)
        }
        return nil
    }

    /// In a mapping written in braces, a key with no value right after a plain text value: the
    /// text went on after a comma.
    private static func textCutAtComma(before key: String, in mapping: Node.Mapping) -> (key: String, value: String)? {
        var previous: (key: String, value: String)?
        for (keyNode, value) in mapping {
            guard let name = keyNode.scalar?.string else { previous = nil; continue }
            if name == key {
                guard let scalar = value.scalar, scalar.style == .plain, ["", "~", "null"].contains(scalar.string) else { return nil }
                return previous
            }
            if let scalar = value.scalar, scalar.style == .plain, !scalar.string.isEmpty {
                previous = (name, scalar.string)
            } else {
                previous = nil
            }
        }
        return nil
    }
}
