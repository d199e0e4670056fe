import Foundation
import VanBanInput
import VanBanLayout
import VanBanModel
import VanBanPDF
import VanBanRender
import VanBanText

/// The facade: input file → document → pages → PDF or PNG.
///
/// A composer owns the fonts and a text context; it is not thread-safe (Pango objects are not),
/// so make one per thread and reuse it for many documents.
public final class Composer {
    public let fonts: FontLibrary
    public let spec: LayoutSpec
    /// Warnings about the layout file, e.g. a margin outside the decree's range.
    public let layoutWarnings: [Diagnostic]
    private let context: TextContext
    private var cachedFormFont: FormFont?

    public enum Failure: Error, CustomStringConvertible {
        /// The user's input has problems: exit code 2.
        case invalidInput(DiagnosticList)
        /// Fonts, layout or files cannot be used: exit code 3.
        case environment(String)

        public var description: String {
            switch self {
            case let .invalidInput(list): return list.description
            case let .environment(message): return "error: \(message)"
            }
        }
    }

    /// - Parameter fontFamily: the family to use from a font directory that holds several.
    public init(fontDirectory: String, layoutPath: String, fontFamily: String? = nil) throws {
        try FontDirectoryCheck.damagedFiles(in: fontDirectory)
        fonts = try Self.asEnvironmentFailure { try FontLibrary(directory: fontDirectory, family: fontFamily) }
        switch LayoutReader.read(path: layoutPath) {
        case let .success((spec, warnings)):
            self.spec = spec
            self.layoutWarnings = warnings
        case let .failure(list):
            throw Failure.invalidInput(list)
        }
        context = TextContext(library: fonts)
    }

    /// A composer using the bundled fonts and `Layouts/nd30.yaml`, or the given replacements.
    public convenience init(fontDirectory: String? = nil, layoutPath: String? = nil, fontFamily: String? = nil) throws {
        guard let fonts = Resources.directory(named: "Fonts", explicit: fontDirectory) else {
            throw Failure.environment("the bundled Fonts/ directory was not found (set VANBAN_HOME or pass --fonts)")
        }
        let layout = layoutPath ?? Resources.directory(named: "Layouts").map { $0 + "/nd30.yaml" }
        guard let layout else {
            throw Failure.environment("the Layouts/ directory was not found (set VANBAN_HOME or pass --layout)")
        }
        try self.init(fontDirectory: fonts, layoutPath: layout, fontFamily: fontFamily)
    }

    /// - Parameter unit: the unit whose values replace `{{column}}` placeholders; nil prints blanks.
    public func read(path: String, unit: UnitFields? = nil) throws -> Document {
        try read(text: try readText(path: path), file: path, unit: unit)
    }

    public func read(text: String, file: String, unit: UnitFields? = nil) throws -> Document {
        try readSourced(text: text, file: file, unit: unit).document
    }

    /// An input file's text, for `vanban check --fix` to edit.
    public func readText(path: String) throws -> String {
        switch DocumentReader.text(path: path) {
        case let .success(text): return text
        case let .failure(list): throw Failure.invalidInput(list)
        }
    }

    /// The document with where each value was written (for `vanban check`), refused when a
    /// table cannot fit the page.
    public func readSourced(text: String, file: String, unit: UnitFields? = nil) throws -> SourcedDocument {
        try readSourced(try parse(text: text, file: file), unit: unit)
    }

    /// The file's YAML or JSON parsed once, to read for many units (`read(_:unit:)`); one per thread.
    public func parse(text: String, file: String) throws -> ParsedDocument {
        switch DocumentReader.parse(text: text, file: file) {
        case let .success(parsed): return parsed
        case let .failure(list): throw Failure.invalidInput(list)
        }
    }

    public func read(_ parsed: ParsedDocument, unit: UnitFields? = nil) throws -> Document {
        try readSourced(parsed, unit: unit).document
    }

    private func readSourced(_ parsed: ParsedDocument, unit: UnitFields?) throws -> SourcedDocument {
        let file = parsed.file
        switch DocumentReader.readSourced(parsed, isDrawable: fonts.canDraw, unit: unit) {
        case let .success(source):
            let composer = DocumentComposer(context: context, spec: spec)
            var problems = composer.tablesTooWide(in: source.document).map { problem in
                let widest = problem.word.isEmpty ? "one character" : "its word “\(problem.word)”"
                return Diagnostic(
                    String(format: "this table does not fit the %@ page even at %g pt: the longest words of its %d columns need %.1f mm and the text is %.1f mm wide; column %d needs the most, %.1f mm for %@",
                           problem.landscape ? "landscape" : "portrait", problem.size.points, problem.columns,
                           problem.needed.millimetres, problem.available.millimetres, problem.column,
                           problem.wordWidth.millimetres, widest),
                    at: source.sourceMap[problem.path]?.location ?? SourceLocation(file: file, line: 1, column: 1),
                    hint: problem.landscape
                        ? "shorten or abbreviate the widest words, use fewer columns, or narrower fixed widths"
                        : "let the table turn landscape (orientation: auto), shorten the widest words, or use fewer columns")
            }
            if let overflow = composer.dateLineOverflow(in: source.document) {
                problems.append(Diagnostic(
                    String(format: "the place and date line is %.1f mm long at %g pt, and must stay on one line of the %.1f mm column",
                           overflow.width.millimetres, overflow.size.points, overflow.columnWidth.millimetres),
                    at: source.sourceMap["place"]?.location ?? SourceLocation(file: file, line: 1, column: 1),
                    hint: "shorten the place: the decree writes the name of the administrative unit alone, e.g. Phan Rang-Tháp Chàm"))
            }
            guard problems.isEmpty else { throw Failure.invalidInput(DiagnosticList(problems)) }
            return source
        case let .failure(list): throw Failure.invalidInput(list)
        }
    }

    /// How pages are put on paper.
    public enum Imposition: Sendable {
        /// One page per sheet.
        case single
        /// Two copies of each page side by side on one sheet to cut (A5 on landscape A4).
        case twoUp(cutMarks: Bool)
    }

    /// Forgets the paragraphs shaped for earlier documents (see `TextContext`): the next one is
    /// shaped from scratch, as in a new process. The benchmark's per-document figures do this.
    public func forgetShapedText() {
        context.forgetShapedText()
    }

    public func layout(_ document: Document, imposition: Imposition = .single) -> [PageFrame] {
        let pages = DocumentComposer(context: context, spec: spec).compose(document)
        switch imposition {
        case .single: return pages
        case let .twoUp(cutMarks): return TwoUp.sheets(pages, cutMarks: cutMarks)
        }
    }

    /// The whole path from a document to its finished PDF: layout, drawing, finishing.
    public func pdf(_ document: Document, creationDate: String? = nil, signatureFields: SignatureFields = .all,
                    imposition: Imposition = .single, fillable: Bool = false) throws -> Data {
        try pdf(document, pages: layout(document, imposition: imposition), creationDate: creationDate,
                signatureFields: signatureFields, fillable: fillable)
    }

    /// The finished PDF: Cairo's drawing, then one incremental update with the page labels and the
    /// empty signature fields (`separateAppendix`: the pages are an appendix issued on its own);
    /// `fillable` adds a text field over every blank of a form.
    public func pdf(_ document: Document, pages: [PageFrame], creationDate: String? = nil,
                    signatureFields: SignatureFields = .all, separateAppendix: Bool = false,
                    fillable: Bool = false) throws -> Data {
        let drawn = try Self.asEnvironmentFailure {
            try PageRenderer.pdf(pages, info: pdfInfo(document, creationDate: creationDate))
        }
        let fields = signatureFields.fields(on: pages, separateAppendix: separateAppendix).map(\.field)
            + (fillable ? FillableFields.formFields(in: pages) : [])
        do {
            return try PDFFinisher.finish(drawn, fields: fields, pageLabels: pages.map(\.label),
                                          textFont: fillable ? try formFont() : nil)
        } catch let error as PDFError {
            throw Failure.environment("finishing the PDF failed: \(error)")
        }
    }

    /// The regular face, read once, in which form fields show what a unit types (Vietnamese included).
    private func formFont() throws -> FormFont {
        if let cachedFormFont { return cachedFormFont }
        guard let path = fonts.regularFile, let data = FileManager.default.contents(atPath: path) else {
            throw Failure.environment("--fillable needs the regular face of \(fonts.family) in the font directory")
        }
        let font = FormFont(trueType: try TrueTypeFont(data: [UInt8](data)))
        cachedFormFont = font
        return font
    }

    /// The pages with the signature and seal images where signing will put them (a printed copy).
    public func preview(_ pages: [PageFrame], _ preview: SignaturePreview) -> [PageFrame] {
        preview.apply(to: pages, spec: spec)
    }

    /// Where the signature fields and the blank số/ngày slots of these pages are (`--anchors`).
    public func anchors(_ pages: [PageFrame], signatureFields: SignatureFields = .all, separateAppendix: Bool = false) -> Anchors {
        Anchors(pages: pages, fields: signatureFields.fields(on: pages, separateAppendix: separateAppendix))
    }

    /// The title, author, subject and dates that `pdf` writes for the document.
    public func pdfInfo(_ document: Document, creationDate: String? = nil) -> PDFInfo {
        PDFMetadata.info(for: document, creationDate: creationDate)
    }

    public func png(_ pages: [PageFrame], dpi: Double) throws -> [Data] {
        try Self.asEnvironmentFailure { try PageRenderer.png(pages, dpi: dpi) }
    }

    /// The text engine's errors (Cairo, fontconfig) are the environment's: exit 3. A font folder
    /// that does not hold what VanBan needs is the user's choice of folder: invalid input, exit 2.
    private static func asEnvironmentFailure<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as FontFolderError {
            throw Failure.invalidInput(DiagnosticList([Diagnostic(error.message, at: nil, hint: error.hint)]))
        } catch let error as TextError {
            throw Failure.environment(error.description)
        }
    }
}
