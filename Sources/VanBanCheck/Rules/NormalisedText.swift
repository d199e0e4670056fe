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
            return finding("the text '\(normalised.prefix(40))' is in decomposed Unicode (not NFC)", at: span,
                           hint: "save the file in NFC (composed) form; --fix does it",
                           fix: { $0.precomposedStringWithCanonicalMapping })
        }
    }
}
