import CPangoCairo
import VanBanModel

/// One face of the family VanBan uses (regular, bold, italic or bold italic) and its file.
/// Its character set belongs to the `FontLibrary` that made it: ask it while the library lives.
public struct FontFace {
    public enum Style: String, CaseIterable, Sendable {
        case regular, bold, italic
        case boldItalic = "bold italic"

        /// The face's name in a message: `bold` / `đậm`.
        public var name: Phrase {
            switch self {
            case .regular: Phrase(en: "regular", vi: "thường")
            case .bold: Phrase(en: "bold", vi: "đậm")
            case .italic: Phrase(en: "italic", vi: "nghiêng")
            case .boldItalic: Phrase(en: "bold italic", vi: "đậm nghiêng")
            }
        }
    }

    public let style: Style
    public let file: String
    let charset: OpaquePointer

    /// The Vietnamese letters this face has no glyph for (none for a face VanBan can print with).
    public var missingVietnameseLetters: [Unicode.Scalar] {
        VietnameseLetters.all.filter { FcCharSetHasChar(charset, $0.value) != FcTrue }
    }
}

/// What fontconfig found in a font folder, and the choice of one family's four faces from it.
struct ScannedFace {
    /// Every name of the face's family, the primary first ("DejaVu Serif", "DejaVu Serif Condensed").
    var families: [String]
    var weight: Int32
    var slant: Int32
    var width: Int32
    var file: String
    var charset: OpaquePointer

    var style: FontFace.Style {
        switch (weight >= Int32(FC_WEIGHT_DEMIBOLD), slant != Int32(FC_SLANT_ROMAN)) {
        case (false, false): return .regular
        case (true, false): return .bold
        case (false, true): return .italic
        case (true, true): return .boldItalic
        }
    }

    static func scan(_ set: UnsafeMutablePointer<FcFontSet>) -> [ScannedFace] {
        (0..<Int(set.pointee.nfont)).compactMap { index in
            guard let pattern = set.pointee.fonts[index] else { return nil }
            var families: [String] = []
            var value: UnsafeMutablePointer<FcChar8>?
            while FcPatternGetString(pattern, FC_FAMILY, Int32(families.count), &value) == FcResultMatch, let value {
                families.append(String(cString: value))
            }
            var weight = Int32(FC_WEIGHT_REGULAR), slant = Int32(FC_SLANT_ROMAN), width = Int32(FC_WIDTH_NORMAL)
            _ = FcPatternGetInteger(pattern, FC_WEIGHT, 0, &weight)
            _ = FcPatternGetInteger(pattern, FC_SLANT, 0, &slant)
            _ = FcPatternGetInteger(pattern, FC_WIDTH, 0, &width)
            var file: UnsafeMutablePointer<FcChar8>?
            var charset: OpaquePointer?
            guard !families.isEmpty, FcPatternGetString(pattern, FC_FILE, 0, &file) == FcResultMatch, let file,
                  FcPatternGetCharSet(pattern, FC_CHARSET, 0, &charset) == FcResultMatch, let charset else { return nil }
            return ScannedFace(families: families, weight: weight, slant: slant, width: width,
                               file: String(cString: file), charset: charset)
        }
    }

    /// The family (the only one in the folder, or the one named) and its four faces: of several
    /// faces of one style (DejaVu's condensed and light ones), the normal width and the weight
    /// nearest to regular or bold, as Pango would pick.
    static func choose(from faces: [ScannedFace], family requested: String?, directory: String) throws -> (family: String, faces: [FontFace]) {
        let families = Set(faces.map { $0.families[0] }).sorted()
        let family: String
        if let requested {
            guard let match = faces.first(where: { $0.families.contains { $0.caseInsensitiveCompare(requested) == .orderedSame } }) else {
                let list = families.joined(separator: ", ")
                throw FontFolderError(Phrase(en: "the font directory \(directory) has no family '\(requested)'; it holds \(list)",
                                             vi: "thư mục phông chữ \(directory) không có họ phông chữ '\(requested)'; trong đó có \(list)"),
                                      hint: Phrase(en: "pass --font-family with one of those names",
                                                   vi: "dùng --font-family với một trong các tên đó"))
            }
            family = match.families[0]
        } else {
            guard families.count == 1 else {
                let list = families.joined(separator: ", ")
                throw FontFolderError(Phrase(en: "the font directory \(directory) holds \(families.count) families (\(list))",
                                             vi: "thư mục phông chữ \(directory) có \(families.count) họ phông chữ (\(list))"),
                                      hint: Phrase(en: "choose one with --font-family \"\(families[0])\"",
                                                   vi: "chọn một họ phông chữ bằng --font-family \"\(families[0])\""))
            }
            family = families[0]
        }
        let members = faces.filter { $0.families[0] == family }
        var chosen: [FontFace] = []
        for style in FontFace.Style.allCases {
            let target = Int32(style == .bold || style == .boldItalic ? FC_WEIGHT_BOLD : FC_WEIGHT_REGULAR)
            let candidates = members.filter { $0.style == style }
                .sorted { (abs($0.width - Int32(FC_WIDTH_NORMAL)), abs($0.weight - target), $0.file) < (abs($1.width - Int32(FC_WIDTH_NORMAL)), abs($1.weight - target), $1.file) }
            guard let face = candidates.first else {
                throw FontFolderError(Phrase(en: "the family \(family) in \(directory) has no \(style.name.english) face",
                                             vi: "họ phông chữ \(family) trong \(directory) không có kiểu chữ \(style.name.vietnamese)"),
                                      hint: Phrase(en: "add the family's \(style.name.english) font file: VanBan prints with the regular, bold, italic and bold italic faces",
                                                   vi: "thêm tệp phông chữ kiểu \(style.name.vietnamese) của họ này: VanBan in bằng bốn kiểu chữ thường, đậm, nghiêng và đậm nghiêng"))
            }
            chosen.append(FontFace(style: style, file: face.file, charset: face.charset))
        }
        return (family, chosen)
    }
}
