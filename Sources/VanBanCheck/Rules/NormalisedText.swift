import Foundation
import VanBanModel

/// Text is stored in Unicode NFC: "ế" as one character, not "e" plus two combining marks.
/// VanBan prints NFC anyway; the file should say the same, so search and signing tools agree.
struct NormalisedText: Rule {
    let id = "unicode-nfc"

    func findings(in source: SourcedDocument) -> [Finding] {
        source.sourceMap.texts.compactMap { span in
            let normalised = span.written.precomposedStringWithCanonicalMapping
            guard !normalised.unicodeScalars.elementsEqual(span.written.unicodeScalars) else { return nil }
            return finding(Phrase(en: "the text '\(normalised.prefix(40))' is in decomposed Unicode (not NFC)",
                                  vi: "chuỗi '\(normalised.prefix(40))' ở dạng Unicode tổ hợp (không phải NFC)"), at: span,
                           hint: Phrase(en: "save the file in NFC (composed) form; --fix does it",
                                        vi: "lưu tệp ở dạng NFC (Unicode dựng sẵn); --fix sẽ tự sửa"),
                           fix: { $0.precomposedStringWithCanonicalMapping })
        }
    }
}
