import CPangoCairo

/// A Pango context for shaping: one per thread, reused for every paragraph of every document.
public final class TextContext {
    let pango: OpaquePointer
    public let library: FontLibrary

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
                      firstLineIndent: Double = 0) -> ShapedText {
        shape(TextParagraph(runs: runs, size: size, width: width, alignment: alignment, firstLineIndent: firstLineIndent))
    }

    public func shape(_ paragraph: TextParagraph) -> ShapedText {
        ShapedText(paragraph, context: self)
    }
}
