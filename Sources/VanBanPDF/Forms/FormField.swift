/// A rectangle on a page in layout coordinates: points, origin at the page's top-left corner,
/// y growing downwards — the coordinates of `PageFrame` items. The writer converts to PDF's
/// bottom-left user space.
public struct PageRect: Equatable, Sendable, Codable {
    public var x: Double
    public var y: Double
    public var width: Double
    public var height: Double

    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }
}

/// An interactive form field to add to a finished PDF (ISO 32000-1 §12.7).
public struct FormField: Sendable {
    public enum Kind: Sendable, Equatable {
        /// An empty signature field (`/FT /Sig`) for a signing tool to fill.
        case signature
        /// A text field; `numeric` accepts digits only (a keystroke action), `multiline` wraps.
        case text(multiline: Bool, numeric: Bool, fontSize: Double)
    }

    /// The partial field name (no dots), unique in the file: what signing tools and scripts ask for.
    public var name: String
    public var kind: Kind
    /// The page, counted from 0.
    public var page: Int
    public var rect: PageRect
    /// Shown by readers on hover (/TU); may be Vietnamese.
    public var tooltip: String?

    public init(name: String, kind: Kind, page: Int, rect: PageRect, tooltip: String? = nil) {
        self.name = name
        self.kind = kind
        self.page = page
        self.rect = rect
        self.tooltip = tooltip
    }
}
