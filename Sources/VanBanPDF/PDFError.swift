import VanBanModel

/// Why a PDF could not be read or finished. These are VanBan's own output files, so any of these
/// means a bug or a file that is not ours: the message says where in the file it happened, in
/// each language VanBan speaks.
public enum PDFError: Error, CustomStringConvertible, Equatable, Bilingual {
    case malformed(Phrase, offset: Int)
    case unsupported(Phrase)
    case invalidField(Phrase)

    public var phrase: Phrase {
        switch self {
        case let .malformed(what, offset): Phrase(en: "malformed PDF at byte \(offset): ", vi: "tệp PDF hỏng ở byte \(offset): ") + what
        case let .unsupported(what): Phrase(en: "unsupported PDF feature: ", vi: "tính năng PDF chưa được hỗ trợ: ") + what
        case let .invalidField(what): Phrase(en: "invalid form field: ", vi: "trường biểu mẫu không hợp lệ: ") + what
        }
    }

    public func text(_ language: Language) -> String { phrase.text(language) }

    public var description: String { phrase.english }
}
