/// Every letter of the Vietnamese alphabet as it is printed: the 29 letters with each vowel in
/// its six tones, in lower and upper case (NFC, one scalar each). A face that lacks one of them
/// would stop a document that uses it; `vanban fonts` lists what a face lacks.
public enum VietnameseLetters {
    public static let all: [Unicode.Scalar] = {
        let consonants = "bcdđghklmnpqrstvx"
        // Each vowel followed by its five toned forms: huyền, sắc, hỏi, ngã, nặng.
        let vowels = [
            "aàáảãạ", "ăằắẳẵặ", "âầấẩẫậ", "eèéẻẽẹ", "êềếểễệ", "iìíỉĩị",
            "oòóỏõọ", "ôồốổỗộ", "ơờớởỡợ", "uùúủũụ", "ưừứửữự", "yỳýỷỹỵ",
        ].joined()
        let lower = (consonants + vowels).unicodeScalars
        return Array(lower) + lower.flatMap { String($0).uppercased().unicodeScalars }
    }()
}
