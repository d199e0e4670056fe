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

    /// Why a document could not be made, in each language VanBan speaks (`text(_:)`);
    /// `description` is the English.
    public enum Failure: Error, CustomStringConvertible, Bilingual {
        /// The user's input has problems: exit code 2.
        case invalidInput(DiagnosticList)
        /// Fonts, layout or files cannot be used: exit code 3.
        case environment(Phrase)

        /// The diagnostics, one per line; or `error: …` / `lỗi: …`.
        public func text(_ language: Language) -> String {
            switch self {
            case let .invalidInput(list): list.text(language)
            case let .environment(message): "\(Diagnostic.Severity.error.word(language)): \(message.text(language))"
            }
        }

        public var description: String { text(.english) }
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
            throw Failure.environment(Phrase(en: "the bundled Fonts/ directory was not found (set VANBAN_HOME or pass --fonts)",
                                             vi: "không tìm thấy thư mục Fonts/ đi kèm chương trình (hãy đặt VANBAN_HOME hoặc dùng --fonts)"))
        }
        let layout = layoutPath ?? Resources.directory(named: "Layouts").map { $0 + "/nd30.yaml" }
        guard let layout else {
            throw Failure.environment(Phrase(en: "the Layouts/ directory was not found (set VANBAN_HOME or pass --layout)",
                                             vi: "không tìm thấy thư mục Layouts/ (hãy đặt VANBAN_HOME hoặc dùng --layout)"))
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
                let widest = problem.word.isEmpty
                    ? Phrase(en: "one character", vi: "một ký tự")
                    : Phrase(en: "its word “\(problem.word)”", vi: "từ “\(problem.word)” của cột")
                let page = problem.landscape ? Phrase(en: "landscape", vi: "ngang") : Phrase(en: "portrait", vi: "dọc")
                let size = Self.points(problem.size), needed = Self.millimetres(problem.needed)
                let available = Self.millimetres(problem.available), word = Self.millimetres(problem.wordWidth)
                return Diagnostic(
                    Phrase(en: "this table does not fit the \(page.english) page even at \(size) pt: the longest words of its \(problem.columns) columns need \(needed) mm and the text is \(available) mm wide; column \(problem.column) needs the most, \(word) mm for \(widest.english)",
                           vi: "bảng này không vừa trang \(page.vietnamese) ngay cả với cỡ chữ \(size) pt: các từ dài nhất của \(problem.columns) cột cần \(needed) mm trong khi phần chữ rộng \(available) mm; cột \(problem.column) cần nhiều nhất, \(word) mm cho \(widest.vietnamese)"),
                    at: source.sourceMap[problem.path]?.location ?? SourceLocation(file: file, line: 1, column: 1),
                    hint: problem.landscape
                        ? Phrase(en: "shorten or abbreviate the widest words, use fewer columns, or narrower fixed widths",
                                 vi: "rút ngắn hoặc viết tắt các từ dài nhất, giảm số cột, hoặc đặt độ rộng cố định hẹp hơn")
                        : Phrase(en: "let the table turn landscape (orientation: auto), shorten the widest words, or use fewer columns",
                                 vi: "cho phép bảng xoay ngang (orientation: auto), rút ngắn các từ dài nhất, hoặc giảm số cột"))
            }
            if let overflow = composer.dateLineOverflow(in: source.document) {
                let width = Self.millimetres(overflow.width), size = Self.points(overflow.size)
                let column = Self.millimetres(overflow.columnWidth)
                problems.append(Diagnostic(
                    Phrase(en: "the place and date line is \(width) mm long at \(size) pt, and must stay on one line of the \(column) mm column",
                           vi: "dòng địa danh và ngày tháng dài \(width) mm với cỡ chữ \(size) pt, nhưng phải nằm trên một dòng của cột rộng \(column) mm"),
                    at: source.sourceMap["place"]?.location ?? SourceLocation(file: file, line: 1, column: 1),
                    hint: Phrase(en: "shorten the place: the decree writes the name of the administrative unit alone, e.g. Phan Rang-Tháp Chàm",
                                 vi: "rút ngắn địa danh: Nghị định chỉ ghi tên đơn vị hành chính, ví dụ Phan Rang-Tháp Chàm")))
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
            throw Failure.environment(Phrase(en: "finishing the PDF failed: ", vi: "không hoàn tất được tệp PDF: ") + error.phrase)
        }
    }

    /// The regular face, read once, in which form fields show what a unit types (Vietnamese included).
    private func formFont() throws -> FormFont {
        if let cachedFormFont { return cachedFormFont }
        guard let path = fonts.regularFile, let data = FileManager.default.contents(atPath: path) else {
            throw Failure.environment(Phrase(en: "--fillable needs the regular face of \(fonts.family) in the font directory",
                                             vi: "--fillable cần kiểu chữ thường của \(fonts.family) trong thư mục phông chữ"))
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
            throw Failure.invalidInput(DiagnosticList([Diagnostic(error.phrase, at: nil, hint: error.hintPhrase)]))
        } catch let error as TextError {
            throw Failure.environment(error.phrase.hinted(error.hintPhrase))
        }
    }

    /// A length in millimetres as messages write it: `12.3`.
    private static func millimetres(_ length: Length) -> String { String(format: "%.1f", length.millimetres) }

    /// A font size in points as messages write it: `13`, `12.5`.
    private static func points(_ length: Length) -> String { String(format: "%g", length.points) }
}
