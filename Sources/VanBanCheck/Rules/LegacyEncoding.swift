import VanBanModel

/// Text typed in a legacy Vietnamese encoding (TCVN3/ABC, VNI) and pasted as Latin-1 shows
/// letters and symbols that Vietnamese never puts inside a word: "KÕ ho¹ch" (TCVN3),
/// "Keá hoaïch" (VNI). One such character inside a word is enough to ask; the symbols
/// U+00A1–U+00BF inside words tell TCVN3 from VNI.
struct LegacyEncoding: Rule {
    let id = "legacy-encoding"

    /// The Latin-1 letters Vietnamese itself uses.
    private static let vietnamese = Set("àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ".unicodeScalars)
    /// Latin-1 signs that stand beside letters in ordinary text ("m²", "30°C", "± 5%", "2×3",
    /// "« Hà Nội »") and that neither encoding uses for a letter. TCVN3 does use their neighbours
    /// "¹" (ạ), "µ" (à), "·" (ã) and "¼"–"¾" (ẳ, ẵ, ắ), so those still count.
    private static let signs = Set("×÷«»°±²³".unicodeScalars)

    func findings(in source: SourcedDocument) -> [Finding] {
        source.sourceMap.texts.compactMap { span in
            let scalars = Array(span.written.unicodeScalars)
            guard let offset = scalars.indices.first(where: { isSuspicious(scalars, at: $0) }) else { return nil }
            let scalar = scalars[offset]
            // Only TCVN3 uses the symbols U+00A1–U+00BF for letters; both use Latin-1 letters.
            let isTCVN3 = scalars.indices.contains { isSuspicious(scalars, at: $0) && scalars[$0].value <= 0xBF }
            let encoding = isTCVN3 ? "TCVN3 (ABC, .VnTime)" : "VNI (VNI-Times)"
            let word = word(in: scalars, around: offset)
            let name = encoding.split(separator: " ")[0]
            return finding(Phrase(en: "'\(word)' looks like text typed in the legacy \(encoding) encoding ('\(Character(scalar))' at character \(offset + 1))",
                                  vi: "'\(word)' có vẻ được gõ bằng bảng mã cũ \(encoding) (ký tự '\(Character(scalar))' ở vị trí \(offset + 1))"),
                           at: span,
                           hint: Phrase(en: "convert the text to Unicode (e.g. Unikey's converter, \(name) → Unicode) and paste it again",
                                        vi: "chuyển nội dung sang Unicode (ví dụ bằng công cụ chuyển mã của Unikey, \(name) → Unicode) rồi dán lại"))
        }
    }

    /// A Latin-1 character outside Vietnamese, with a letter next to it.
    private func isSuspicious(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        let scalar = scalars[index]
        guard (0xA1...0xFF).contains(scalar.value), !Self.vietnamese.contains(scalar), !Self.signs.contains(scalar) else { return false }
        let before = index > 0 && scalars[index - 1].properties.isAlphabetic
        let after = index + 1 < scalars.count && scalars[index + 1].properties.isAlphabetic
        return before || after
    }

    private func word(in scalars: [Unicode.Scalar], around index: Int) -> String {
        var start = index, end = index
        while start > 0, scalars[start - 1] != " " { start -= 1 }
        while end + 1 < scalars.count, scalars[end + 1] != " " { end += 1 }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start...end])
        return String(view)
    }
}
