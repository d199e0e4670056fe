import CPangoCairo

/// A Pango context for shaping: one per thread, reused for every paragraph of every document.
///
/// It remembers what it shaped. A document shapes many paragraphs more than once (a table cell's
/// text measured, then set; the same cell text in many rows; the dots of fill-in lines), and a
/// batch of units shapes nearly the same document again and again. A shaped text is never
/// changed once made, so its Pango layout serves every place that asks for the same paragraph.
public final class TextContext {
    let pango: OpaquePointer
    public let library: FontLibrary
    private var shaped: [TextParagraph: ShapedText] = [:]
    /// A bound on the memory kept (a shaped paragraph holds a few kilobytes of glyphs); when it is
    /// reached, everything is forgotten and shaping starts over.
    private static let shapedLimit = 1024

    public init(library: FontLibrary) {
        self.library = library
        self.pango = library.makeContext()
    }

    /// The font's ascent and descent as fractions of its size (the regular face).
    public lazy var verticalMetrics: (ascent: Double, descent: Double) = {
        let description = pango_font_description_new()
        pango_font_description_set_family(description, library.family)
        pango_font_description_set_absolute_size(description, 100 * Double(PANGO_SCALE))
        defer { pango_font_description_free(description) }
        guard let metrics = pango_context_get_metrics(pango, description, nil) else { return (0.891, 0.216) }
        defer { pango_font_metrics_unref(metrics) }
        let scale = 100 * Double(PANGO_SCALE)
        return (Double(pango_font_metrics_get_ascent(metrics)) / scale, Double(pango_font_metrics_get_descent(metrics)) / scale)
    }()

    deinit { vanban_object_unref(UnsafeMutableRawPointer(pango)) }

    /// Shapes text; see `ShapedText`.
    public func shape(_ runs: [TextRun], size: Double, width: Double?, alignment: TextAlignment = .left,
                      firstLineIndent: Double = 0, keepsSlashedWords: Bool = false, letterSpacing: Double = 0) -> ShapedText {
        shape(TextParagraph(runs: runs, size: size, width: width, alignment: alignment, firstLineIndent: firstLineIndent,
                            keepsSlashedWords: keepsSlashedWords, letterSpacing: letterSpacing))
    }

    public func shape(_ paragraph: TextParagraph) -> ShapedText {
        if let known = shaped[paragraph] { return ShapedText(sharing: known) }
        if shaped.count >= Self.shapedLimit { shaped.removeAll(keepingCapacity: true) }
        let text = ShapedText(paragraph, context: self)
        shaped[paragraph] = text
        return text
    }

    /// Forgets every shaped paragraph, so that the next document is shaped from scratch.
    public func forgetShapedText() {
        shaped.removeAll()
    }
}
