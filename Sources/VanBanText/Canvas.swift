import CPangoCairo
import Foundation
import VanBanModel

/// A Cairo drawing surface in PDF points: a PDF document, or one PNG image per page.
///
/// It draws what it is told where it is told; every position is chosen by layout.
public final class Canvas {
    public enum Kind {
        case pdf(PDFInfo)
        /// One PNG per page at this resolution.
        case png(dpi: Double)
    }

    private let kind: Kind
    private var pdfSurface: OpaquePointer?
    private var context: OpaquePointer?
    private var imageSurface: OpaquePointer?
    private let sink = ByteSink()
    private var pendingRules = PageRules()
    /// PNG bytes of each finished page (PNG canvases only).
    public private(set) var pages: [Data] = []

    /// - Parameter output: for a PDF, where its bytes go as Cairo writes them (returning false on
    ///   a write error); `finish` then returns no bytes. Without it they are collected in memory.
    public init(kind: Kind, output: ((UnsafeRawBufferPointer) -> Bool)? = nil) throws {
        self.kind = kind
        sink.forward = output
        if case let .pdf(info) = kind {
            let sinkPointer = Unmanaged.passUnretained(sink).toOpaque()
            guard let surface = cairo_pdf_surface_create_for_stream(ByteSink.write, sinkPointer, 595, 842),
                  cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else {
                throw TextError(Phrase(en: "cairo could not create a PDF surface", vi: "cairo không tạo được bề mặt vẽ PDF"))
            }
            cairo_pdf_surface_restrict_to_version(surface, CAIRO_PDF_VERSION_1_5)
            info.apply(to: surface)
            pdfSurface = surface
            context = cairo_create(surface)
        }
    }

    deinit {
        if let context { cairo_destroy(context) }
        if let imageSurface { cairo_surface_destroy(imageSurface) }
        if let pdfSurface { cairo_surface_destroy(pdfSurface) }
    }

    /// Starts a page of the given size in points.
    public func beginPage(width: Double, height: Double) throws {
        switch kind {
        case .pdf:
            cairo_pdf_surface_set_size(pdfSurface, width, height)
        case let .png(dpi):
            let scale = dpi / 72
            guard let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32((width * scale).rounded()),
                                                           Int32((height * scale).rounded())),
                  cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else {
                let size = "\(Int(width * scale))×\(Int(height * scale))"
                throw TextError(Phrase(en: "cairo could not create a \(size) image", vi: "cairo không tạo được ảnh \(size)"))
            }
            if let context { cairo_destroy(context) }
            if let imageSurface { cairo_surface_destroy(imageSurface) }
            imageSurface = surface
            context = cairo_create(surface)
            cairo_set_source_rgb(context, 1, 1, 1)
            cairo_paint(context)
            cairo_scale(context, scale, scale)
        }
        cairo_set_source_rgb(context, 0, 0, 0)
    }

    /// Draws line `index` of a shaped text with its start at `x` and its baseline at `baseline`.
    public func draw(_ text: ShapedText, line index: Int, x: Double, baseline: Double, ink: Ink = .black) {
        guard let line = text.pangoLine(index) else { return }
        guard ink != .black else { return draw(line, x: x, baseline: baseline) }
        use(ink)
        draw(line, x: x, baseline: baseline)
        use(.black)
    }

    /// A rectangle's border, `thickness` wide, centred on the rectangle (x, y, width, height),
    /// stroked at once in `ink` (the merged rules of `rule` are black only).
    public func rectangle(x: Double, y: Double, width: Double, height: Double, thickness: Double, ink: Ink) {
        use(ink)
        cairo_set_line_width(context, thickness)
        cairo_set_line_join(context, CAIRO_LINE_JOIN_MITER)
        cairo_rectangle(context, x, y, width, height)
        cairo_stroke(context)
        use(.black)
    }

    private func use(_ ink: Ink) { cairo_set_source_rgb(context, ink.red, ink.green, ink.blue) }

    func draw(_ line: UnsafeMutablePointer<PangoLayoutLine>, x: Double, baseline: Double) {
        cairo_move_to(context, x, baseline)
        pango_cairo_show_layout_line(context, line)
    }

    /// A solid horizontal or vertical rule from (x1, y1) to (x2, y2). Rules are stroked before
    /// the next image or at the end of the page, merged (`PageRules`) and all of one thickness as
    /// one path, instead of one stroke each that also interrupted the page's text object. They are
    /// opaque black on white and never cross text, so painting them later changes no pixel.
    public func rule(from x1: Double, _ y1: Double, to x2: Double, _ y2: Double, thickness: Double) {
        pendingRules.add(.init(x1: x1, y1: y1, x2: x2, y2: y2), thickness: thickness)
    }

    private func strokePendingRules() {
        guard !pendingRules.isEmpty else { return }
        cairo_set_line_cap(context, CAIRO_LINE_CAP_BUTT)
        for (thickness, segments) in pendingRules.merged() {
            cairo_set_line_width(context, thickness)
            for segment in segments {
                cairo_move_to(context, segment.x1, segment.y1)
                cairo_line_to(context, segment.x2, segment.y2)
            }
            cairo_stroke(context)
        }
        pendingRules = PageRules()
    }

    /// Draws a PNG image scaled into the rectangle (x, y, width, height).
    public func image(png: Data, x: Double, y: Double, width: Double, height: Double) throws {
        strokePendingRules()   // an image may cover a rule drawn before it: keep that order
        guard let surface = ByteSource.imageSurface(png: png) else { throw TextError(Phrase(en: "cairo could not read a PNG image", vi: "cairo không đọc được ảnh PNG")) }
        defer { cairo_surface_destroy(surface) }
        let pixelWidth = Double(cairo_image_surface_get_width(surface)), pixelHeight = Double(cairo_image_surface_get_height(surface))
        guard pixelWidth > 0, pixelHeight > 0 else { return }
        cairo_save(context)
        cairo_translate(context, x, y)
        cairo_scale(context, width / pixelWidth, height / pixelHeight)
        cairo_set_source_surface(context, surface, 0, 0)
        cairo_paint(context)
        cairo_restore(context)
    }

    /// Adds a bookmark to the PDF outline that opens page `page` (from 1) at height `y`, under the
    /// entry `parent` (0: top level). Returns the new entry's id, to parent later ones.
    public func addOutline(_ title: String, parent: Int32, page: Int, y: Double) -> Int32 {
        guard let pdfSurface else { return 0 }
        let destination = String(format: "page=%d pos=[0 %.2f]", page, y)
        return cairo_pdf_surface_add_outline(pdfSurface, parent, title, destination, cairo_pdf_outline_flags_t(rawValue: 0))
    }

    public func endPage() throws {
        strokePendingRules()
        switch kind {
        case .pdf:
            cairo_show_page(context)
        case .png:
            let pageSink = ByteSink()
            let status = cairo_surface_write_to_png_stream(imageSurface, ByteSink.write,
                                                           Unmanaged.passUnretained(pageSink).toOpaque())
            guard status == CAIRO_STATUS_SUCCESS else { throw TextError(Phrase(en: "cairo could not encode a PNG page", vi: "cairo không mã hóa được trang PNG")) }
            pages.append(pageSink.data)
        }
    }

    /// Finishes the document and returns the PDF's bytes (PDF canvases only).
    public func finish() throws -> Data {
        guard let pdfSurface else { return Data() }
        cairo_destroy(context)
        context = nil
        cairo_surface_finish(pdfSurface)
        let status = cairo_surface_status(pdfSurface)
        guard status == CAIRO_STATUS_SUCCESS else {
            let reason = String(cString: cairo_status_to_string(status))
            throw TextError(Phrase(en: "cairo could not finish the PDF: \(reason)", vi: "cairo không hoàn tất được tệp PDF: \(reason)"))
        }
        return sink.data
    }
}
