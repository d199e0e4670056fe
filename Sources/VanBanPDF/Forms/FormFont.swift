import Foundation

/// The font a reader uses to show what is typed into a text field. Helvetica's WinAnsi encoding
/// has no ơ, ư or ạ, so a unit typing "Nhà văn hóa Quài Tở" saw "Nhà v?n hóa Quài T?". Instead the
/// bundled regular face is embedded whole (readers draw typed text with any glyph, so no subset)
/// as a simple TrueType font whose encoding holds printable ASCII and all 134 precomposed
/// Vietnamese letters: one byte per character, which every reader's appearance generator handles.
public struct FormFont {
    public let font: TrueTypeFont
    /// Character for each code from `firstCode` on.
    let characters: [Unicode.Scalar]
    static let firstCode = 32
    /// The resource name used in /DA and /DR.
    static let resourceName = "VBSerif"

    public init(trueType: TrueTypeFont) {
        font = trueType
        characters = Self.repertoire
    }

    /// Printable ASCII but six characters no form needs (` ^ { | } ~), then the Vietnamese letters:
    /// 89 + 134 = 223 codes, 32…254.
    static let repertoire: [Unicode.Scalar] = {
        let ascii = (0x20...0x7E).compactMap(Unicode.Scalar.init).filter { !"`^{|}~".unicodeScalars.contains($0) }
        let vowels = "aăâeêioôơuưy"
        let tones = ["\u{300}", "\u{301}", "\u{309}", "\u{303}", "\u{323}"]
        var letters: [String] = ["đ", "Đ"]
        for vowel in vowels {
            for form in [String(vowel)] + tones.map({ String(vowel) + $0 }) {
                let lower = form.precomposedStringWithCanonicalMapping
                let upper = lower.uppercased()
                letters += [lower, upper]
            }
        }
        let vietnamese = letters.compactMap { $0.unicodeScalars.count == 1 ? $0.unicodeScalars.first : nil }
            .filter { $0.value > 0x7E }
        var seen = Set<UInt32>()
        return (ascii + vietnamese).filter { seen.insert($0.value).inserted }
    }()

    /// The codes the encoding uses.
    public var codes: ClosedRange<Int> { Self.firstCode...(Self.firstCode + characters.count - 1) }

    /// The byte that stands for a character, nil if the encoding has none.
    public func code(for scalar: Unicode.Scalar) -> Int? {
        characters.firstIndex(of: scalar).map { $0 + Self.firstCode }
    }

    /// The advance of a character in thousandths of an em.
    public func width(of scalar: Unicode.Scalar) -> Double? { font.width(of: scalar) }

    /// Adds the font's objects (program, descriptor, font) and returns the font's reference.
    func write(into update: inout IncrementalUpdate) -> ObjectRef {
        let program: ObjectRef
        if let compressed = Deflate.compress(font.data) {
            program = update.addStream(PDFDictionary(["Length1": .integer(font.data.count), "Filter": .name("FlateDecode")]),
                                       data: compressed)
        } else {
            program = update.addStream(PDFDictionary(["Length1": .integer(font.data.count)]), data: font.data)
        }
        let descriptor = update.add(.dictionary(PDFDictionary([
            "Type": .name("FontDescriptor"), "FontName": .name("LiberationSerif"),
            "Flags": .integer(32),   // non-symbolic: glyphs are found by the names of the encoding
            "FontBBox": .array(font.boundingBox.map { .real(font.scaled($0)) }),
            "ItalicAngle": .integer(0), "Ascent": .real(font.scaled(font.ascent)), "Descent": .real(font.scaled(font.descent)),
            "CapHeight": .real(font.scaled(font.capHeight)), "StemV": .integer(80), "FontFile2": .reference(program),
        ])))
        var differences: [PDFValue] = [.integer(Self.firstCode)]
        differences += characters.map { .name(Self.glyphName($0)) }
        return update.add(.dictionary(PDFDictionary([
            "Type": .name("Font"), "Subtype": .name("TrueType"), "BaseFont": .name("LiberationSerif"),
            "FirstChar": .integer(Self.firstCode), "LastChar": .integer(Self.firstCode + characters.count - 1),
            "Widths": .array(characters.map { .real((font.width(of: $0) ?? 0).rounded()) }),
            "FontDescriptor": .reference(descriptor),
            "Encoding": .dictionary(PDFDictionary(["Type": .name("Encoding"), "Differences": .array(differences)])),
        ])))
    }

    /// Adobe Glyph List names for ASCII (what every reader knows), `uniXXXX` for the rest.
    static func glyphName(_ scalar: Unicode.Scalar) -> String {
        if let name = asciiNames[scalar.value] { return name }
        if scalar.properties.isAlphabetic, scalar.value < 0x7F { return String(scalar) }
        if (0x30...0x39).contains(scalar.value) {
            return ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"][Int(scalar.value - 0x30)]
        }
        return String(format: "uni%04X", scalar.value)
    }

    private static let asciiNames: [UInt32: String] = [
        0x20: "space", 0x21: "exclam", 0x22: "quotedbl", 0x23: "numbersign", 0x24: "dollar", 0x25: "percent",
        0x26: "ampersand", 0x27: "quotesingle", 0x28: "parenleft", 0x29: "parenright", 0x2A: "asterisk", 0x2B: "plus",
        0x2C: "comma", 0x2D: "hyphen", 0x2E: "period", 0x2F: "slash", 0x3A: "colon", 0x3B: "semicolon", 0x3C: "less",
        0x3D: "equal", 0x3E: "greater", 0x3F: "question", 0x40: "at", 0x5B: "bracketleft", 0x5C: "backslash",
        0x5D: "bracketright", 0x5F: "underscore",
    ]
}
