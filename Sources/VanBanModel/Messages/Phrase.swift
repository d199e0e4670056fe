/// A text for people, in each language VanBan speaks, written side by side where it is said:
///
///     Phrase(en: "unknown key '\(key)'", vi: "khóa '\(key)' không có trong mẫu")
///
/// Both versions stay together so that neither can be forgotten or drift from the other (the
/// compiler asks for both; `MessageLanguageTests` finds any English-only text left in the sources).
/// Each language orders its words and agrees its plurals in its own sentence. The text chosen
/// is decided only where it is shown (`text(_:)`): the command line by `LANG`/`--lang`, the
/// service by each request's `Accept-Language`, so one diagnostic can be read in either.
public struct Phrase: Sendable, Hashable, CustomStringConvertible {
    public var english: String
    public var vietnamese: String

    public init(en english: String, vi vietnamese: String) {
        self.english = english
        self.vietnamese = vietnamese
    }

    /// A text that reads the same in every language: a file name, a key, a value quoted from the input.
    public init(verbatim text: String) {
        self.init(en: text, vi: text)
    }

    public func text(_ language: Language) -> String {
        switch language {
        case .english: english
        case .vietnamese: vietnamese
        }
    }

    /// The English text, as messages read before they had a second language.
    public var description: String { english }

    public static func + (lhs: Phrase, rhs: Phrase) -> Phrase {
        Phrase(en: lhs.english + rhs.english, vi: lhs.vietnamese + rhs.vietnamese)
    }

    public static func += (lhs: inout Phrase, rhs: Phrase) { lhs = lhs + rhs }
}

extension Sequence where Element == Phrase {
    /// The phrases one after another, each language with its own separator (", " / ", ").
    public func joined(separator: Phrase) -> Phrase {
        var result: Phrase?
        for phrase in self { result = result.map { $0 + separator + phrase } ?? phrase }
        return result ?? Phrase(verbatim: "")
    }
}
