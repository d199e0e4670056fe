import CPangoCairo
import Foundation
import VanBanModel

/// The fonts VanBan may use: one family's four faces from one directory (the bundled `Fonts/`, or
/// the user's, which may hold other fonts too), never the system's. Output is then identical on every machine.
///
/// Creating the font map costs a few milliseconds and leaks a little in pango 1.50, so make one
/// library per thread and reuse it for every document.
public final class FontLibrary {
    let fontMap: UnsafeMutablePointer<PangoFontMap>
    private let config: OpaquePointer
    /// The family name found in the directory, e.g. "Liberation Serif".
    public let family: String
    /// The file of the upright, regular face: embedded whole for form fields to type Vietnamese in.
    public let regularFile: String?
    private let charsets: [OpaquePointer]
    /// What `canDraw` found for the scalars below U+2100 (Latin, Vietnamese, punctuation):
    /// 0 not asked yet, 1 drawable, 2 not. Every character of every input is checked.
    private var drawable = [UInt8](repeating: 0, count: 0x2100)

    /// The four faces VanBan prints with, regular first.
    public let faces: [FontFace]

    /// - Parameter family: the family to use when the directory holds several (any folder of
    ///   fonts, e.g. one with Times New Roman among others); nil when it holds one.
    public init(directory: String, family requested: String? = nil) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw FontFolderError(Phrase(en: "the font directory \(directory) does not exist",
                                         vi: "thư mục phông chữ \(directory) không tồn tại"),
                                  hint: Phrase(en: "pass --fonts DIR, a folder with the TTF files of a family",
                                               vi: "dùng --fonts DIR, một thư mục chứa các tệp TTF của một họ phông chữ"))
        }
        var config = try Self.makeConfig()
        guard FcConfigAppFontAddDir(config, directory) == FcTrue,
              let set = FcConfigGetFonts(config, FcSetApplication), set.pointee.nfont > 0 else {
            FcConfigDestroy(config)
            throw FontFolderError(Phrase(en: "no fonts could be loaded from \(directory)",
                                         vi: "không nạp được phông chữ nào từ \(directory)"),
                                  hint: Phrase(en: "the directory must hold the TTF faces of a family: regular, bold, italic and bold italic",
                                               vi: "thư mục phải chứa các tệp TTF của một họ phông chữ: thường, đậm, nghiêng và đậm nghiêng"))
        }
        var scanned = ScannedFace.scan(set)
        var choice: (family: String, faces: [FontFace])
        do {
            choice = try ScannedFace.choose(from: scanned, family: requested, directory: directory)
            // Other faces in the folder (other families, condensed or light styles): a configuration
            // of the four chosen files alone, so that Pango can never fall back to another face.
            if scanned.count > choice.faces.count {
                let files = choice.faces.map(\.file)
                FcConfigDestroy(config)
                config = try Self.makeConfig()
                for file in files { _ = FcConfigAppFontAddFile(config, file) }
                guard let set = FcConfigGetFonts(config, FcSetApplication) else {
                    throw TextError(Phrase(en: "fontconfig lost the fonts of \(directory)",
                                           vi: "fontconfig làm mất các phông chữ của \(directory)"))
                }
                scanned = ScannedFace.scan(set)
                choice = try ScannedFace.choose(from: scanned, family: choice.family, directory: directory)
            }
        } catch {
            FcConfigDestroy(config)
            throw error
        }
        self.config = config
        self.family = choice.family
        self.faces = choice.faces
        self.regularFile = choice.faces.first { $0.style == .regular }?.file
        self.charsets = choice.faces.map(\.charset)
        guard let map = pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT) else {
            FcConfigDestroy(config)
            throw TextError(Phrase(en: "pango could not create a font map", vi: "pango không tạo được bảng phông chữ (font map)"))
        }
        Self.makeCurrentOnce(config)
        pango_fc_font_map_set_config(vanban_as_fc_font_map(map), config)
        self.fontMap = map
    }

    deinit {
        vanban_object_unref(fontMap)
    }

    /// Whether every face of the family has a glyph for the character.
    public func canDraw(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == " " || scalar == "\u{00A0}" { return true }
        let value = Int(scalar.value)
        guard value < drawable.count else { return charsetsHave(scalar) }
        if drawable[value] == 0 { drawable[value] = charsetsHave(scalar) ? 1 : 2 }
        return drawable[value] == 1
    }

    private func charsetsHave(_ scalar: Unicode.Scalar) -> Bool {
        charsets.allSatisfy { FcCharSetHasChar($0, scalar.value) == FcTrue }
    }

    /// A Pango context measuring in PDF points with the font's own advances: unhinted metrics,
    /// so that text widths do not depend on the output device and lines break the same in PDF
    /// and PNG, and unrounded glyph positions, so that a line is as wide as its glyphs' advances
    /// add up to in the font, as a word processor sets it.
    func makeContext() -> OpaquePointer {
        // glib aborts the process when an allocation fails, so creation never returns NULL.
        let context = pango_font_map_create_context(fontMap)!
        pango_cairo_context_set_resolution(context, 72)
        // Pango rounds each glyph's position to a whole device unit by default, and at 72 units
        // an inch that is a whole point: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" (13 pt bold) came out
        // 264.0 pt wide where the font's advances add up to 271.2 pt, each glyph up to 0.4 pt off.
        pango_context_set_round_glyph_positions(context, 0)
        let options = cairo_font_options_create()
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY)
        pango_cairo_context_set_font_options(context, options)
        cairo_font_options_destroy(options)
        return context
    }

    /// Pango 1.50 runs fontconfig's default set-up (`FcInit`: the system's fonts.conf and font
    /// caches) when the first font map is made and waits for it before the first font, although
    /// VanBan never uses the system's fonts: a sixth of a cold `vanban render` in callgrind.
    /// `FcInit` does nothing when a current configuration exists, so the first library of the
    /// process makes its private one current. Pango still uses each library's own configuration.
    private static func makeCurrentOnce(_ config: OpaquePointer) {
        currentLock.lock()
        defer { currentLock.unlock() }
        guard !hasMadeCurrent else { return }
        hasMadeCurrent = FcConfigSetCurrent(config) == FcTrue
    }

    private static let currentLock = NSLock()
    nonisolated(unsafe) private static var hasMadeCurrent = false

    private static func makeConfig() throws -> OpaquePointer {
        guard let config = FcConfigCreate() else { throw TextError(Phrase(en: "fontconfig could not start", vi: "fontconfig không khởi động được")) }
        // A private cache directory keeps fontconfig quiet ("No writable cache directories").
        let xml = "<?xml version=\"1.0\"?><fontconfig><cachedir>\(cacheDirectory())</cachedir></fontconfig>"
        _ = FcConfigParseAndLoadFromMemory(config, xml, FcFalse)
        return config
    }

    private static func cacheDirectory() -> String {
        let environment = ProcessInfo.processInfo.environment
        let base = environment["XDG_CACHE_HOME"].map { $0 + "/vanban" }
            ?? environment["HOME"].map { $0 + "/.cache/vanban" }
            ?? NSTemporaryDirectory() + "vanban-cache"
        let directory = base + "/fontconfig"
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        return directory
    }
}
