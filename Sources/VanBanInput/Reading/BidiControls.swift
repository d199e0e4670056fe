import VanBanModel

/// The Unicode controls that reorder text on screen without being seen: the embeddings and
/// overrides U+202A–U+202E and the isolates U+2066–U+2069. A document never needs them (Vietnamese
/// is written left to right), and in a file name they disguise it: "‮fdp.exe" shows as "exe.pdf".
/// VanBan refuses them in text and in the values that name files.
public enum BidiControls {
    public static func contains(_ scalar: Unicode.Scalar) -> Bool {
        (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }

    /// The first such control in `text`, if any.
    public static func first(in text: String) -> Unicode.Scalar? {
        text.unicodeScalars.first(where: contains)
    }

    /// How to mend a value that holds one, in each language.
    public static let hintPhrase = Phrase(
        en: "delete it: a bidirectional control reorders text on screen, which can disguise a value or a file name",
        vi: "hãy xóa ký tự này: ký tự điều khiển hai chiều đảo thứ tự chữ trên màn hình, có thể che giấu một giá trị hay một tên tệp")

    /// The hint in English.
    public static var hint: String { hintPhrase.english }
}
