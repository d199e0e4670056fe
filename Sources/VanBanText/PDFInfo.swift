import CPangoCairo

/// The PDF's document information. The creation date is always given, never the clock, so the
/// same input gives the same bytes.
public struct PDFInfo: Sendable, Hashable {
    public var title: String
    public var author: String
    public var subject: String
    public var keywords: String
    public var creator: String
    /// ISO 8601, e.g. "2024-09-20T08:00:00+07:00".
    public var created: String

    public init(title: String, author: String, subject: String, keywords: String, creator: String, created: String) {
        (self.title, self.author, self.subject, self.keywords, self.creator, self.created) =
            (title, author, subject, keywords, creator, created)
    }

    func apply(to surface: OpaquePointer) {
        let entries: [(cairo_pdf_metadata_t, String)] = [
            (CAIRO_PDF_METADATA_TITLE, title), (CAIRO_PDF_METADATA_AUTHOR, author),
            (CAIRO_PDF_METADATA_SUBJECT, subject), (CAIRO_PDF_METADATA_KEYWORDS, keywords),
            (CAIRO_PDF_METADATA_CREATOR, creator), (CAIRO_PDF_METADATA_CREATE_DATE, created),
            (CAIRO_PDF_METADATA_MOD_DATE, created),
        ]
        for (key, value) in entries where !value.isEmpty {
            cairo_pdf_surface_set_metadata(surface, key, value)
        }
    }
}
