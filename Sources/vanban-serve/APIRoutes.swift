import Foundation
import HTTPTypes
import Hummingbird
import VanBan
import VanBanCheck
import VanBanInput
import VanBanModel

/// The endpoints under `/v1`: each reads its document, does its work on a pooled composer
/// (the same library calls as `vanban`, so the same bytes) and answers, or throws an `APIError`.
struct APIRoutes: Sendable {
    let pool: ComposerPool
    /// The installed layouts by name ("nd30", "a5-programme"): a request names one, never a path.
    let layouts: [String: String]
    let templates: any TemplateCatalogue
    let schema: ByteBuffer
    let bodyLimit: Int
    let deadline: Duration
    /// The language of answers to requests whose `Accept-Language` names neither language.
    let defaultLanguage: Language

    static let defaultLayout = "nd30"

    func add<Context: RequestContext>(to group: RouterGroup<Context>) {
        group.post("render") { request, context in try await render(request, context) }
        group.post("check") { request, context in try await check(request, context) }
        group.post("preview") { request, context in try await preview(request, context) }
        group.post("anchors") { request, context in try await anchors(request, context) }
        group.post("units") { request, context in try await units(request, context) }
        group.get("schema") { _, _ in
            Response(status: .ok, headers: [.contentType: "application/schema+json"], body: .init(byteBuffer: schema))
        }
        group.get("templates") { _, _ in
            JSONBody.response(["templates": templates.templates.map { ["id": $0.id, "type": $0.type, "title": $0.title, "kind": $0.kind] }])
        }
        group.get("templates/{id}") { _, context in
            let id = context.parameters.get("id") ?? ""
            guard let text = templates.text(of: id) else {
                throw APIError(status: .notFound, code: "not-found",
                               message: Phrase(en: "there is no template '\(id)'; GET /v1/templates lists them",
                                               vi: "không có mẫu '\(id)'; GET /v1/templates liệt kê các mẫu"))
            }
            return Response(status: .ok, headers: [.contentType: "application/yaml; charset=utf-8"],
                            body: .init(byteBuffer: ByteBuffer(string: text)))
        }
    }

    // MARK: The endpoints

    private func render<Context: RequestContext>(_ request: Request, _ context: Context) async throws -> Response {
        let pdf = try await withDocument(request) { composer, document, options in try composer.pdf(document, options: options) }
        return Response(status: .ok, headers: [.contentType: "application/pdf"], body: .init(byteBuffer: ByteBuffer(bytes: pdf)))
    }

    private func check<Context: RequestContext>(_ request: Request, _ context: Context) async throws -> Response {
        let fix = try RequestQuery(request).bool("fix")
        let (text, file) = try await documentText(request)
        let outcome = try await pool.run(deadline: deadline) { composers in
            do {
                return try composers.composer(layoutPath: layouts[Self.defaultLayout]!).check(text: text, file: file, fix: fix)
            } catch is DocumentCheck.FixDidNotReadBack {
                throw APIError.internalError(Phrase(en: "a fix made the document unreadable; nothing was fixed",
                                                    vi: "một lần sửa tự động làm văn bản không đọc được nữa; văn bản được giữ nguyên"))
            }
        }
        let language = request.answerLanguage(fallback: defaultLanguage)
        var body: [String: Any] = ["findings": outcome.findings.map { Self.json($0, in: language) }]
        if fix {
            body["fixed"] = outcome.fixedCount
            body["text"] = outcome.text
        }
        return JSONBody.response(body, language: language)
    }

    private func preview<Context: RequestContext>(_ request: Request, _ context: Context) async throws -> Response {
        let query = RequestQuery(request)
        let page = try query.integer("page", default: 1, in: 1...10_000)
        // 300 dpi is print quality; more would cost a request hundreds of megabytes.
        let dpi = try query.number("dpi", default: 96, in: 10...300)
        let (png, count) = try await withDocument(request) { composer, document, options -> (Data?, Int) in
            let pages = composer.layout(document, imposition: options.imposition)
            guard page <= pages.count else { return (nil, pages.count) }
            return (try composer.png([pages[page - 1]], dpi: dpi).first, pages.count)
        }
        guard let png else {
            throw APIError.badRequest(Phrase(en: "'page' is \(page), but the document has \(count) page(s)",
                                             vi: "'page' là \(page), nhưng văn bản chỉ có \(count) trang"))
        }
        return Response(status: .ok, headers: [.contentType: "image/png", Self.pageCount: String(count)],
                        body: .init(byteBuffer: ByteBuffer(bytes: png)))
    }

    private func anchors<Context: RequestContext>(_ request: Request, _ context: Context) async throws -> Response {
        let json = try await withDocument(request) { composer, document, options in
            try composer.anchors(composer.layout(document, imposition: options.imposition), signatureFields: options.signatureFields).json()
        }
        return Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(bytes: json)))
    }

    /// A form and a units CSV (multipart fields `document` and `units`) to a ZIP of one PDF per
    /// unit, or with `merge` to one PDF of every unit's copy. A unit whose values are bad makes
    /// the whole request a 422 listing each such unit: a service answers all or nothing.
    private func units<Context: RequestContext>(_ request: Request, _ context: Context) async throws -> Response {
        let query = RequestQuery(request)
        let options = try query.renderOptions(), layout = try layoutPath(query)
        let merge = try query.bool("merge"), nameColumn = query.string("name-column")
        if merge, nameColumn != nil {
            throw APIError.badRequest(Phrase(en: "'name-column' names one file per unit; 'merge' makes one file",
                                             vi: "'name-column' đặt tên cho tệp của từng đơn vị; 'merge' chỉ tạo một tệp"))
        }
        if merge, options.fillable {
            throw APIError.badRequest(Phrase(en: "'fillable' makes one form per unit; a merged bundle is for printing",
                                             vi: "'fillable' tạo một mẫu điền cho từng đơn vị; tệp gộp ('merge') là để in"))
        }
        let body = try await request.body.collect(upTo: bodyLimit)
        guard let form = MultipartForm(body: Data(buffer: body), contentType: request.headers[.contentType] ?? "") else {
            throw APIError.badRequest(Phrase(en: "send multipart/form-data with the fields 'document' (YAML or JSON) and 'units' (CSV)",
                                             vi: "hãy gửi multipart/form-data gồm hai trường 'document' (YAML hoặc JSON) và 'units' (CSV)"))
        }
        guard let documentData = form.parts["document"], let unitsData = form.parts["units"] else {
            throw APIError.badRequest(Phrase(en: "the fields 'document' (YAML or JSON) and 'units' (CSV) are both needed",
                                             vi: "cần cả hai trường 'document' (YAML hoặc JSON) và 'units' (CSV)"))
        }
        let text = try Self.utf8(documentData, file: "request.yaml")
        let csv = try Self.utf8(unitsData, file: "units.csv")
        let table: UnitTable
        switch UnitTable.parse(csv, file: "units.csv") {
        case let .success(parsed): table = parsed
        case let .failure(list): throw APIError.invalidInput(list.diagnostics)
        }
        var batch = UnitBatch(input: "request.yaml", units: table, destination: .memory(merge: merge, nameColumn: nameColumn))
        batch.text = text
        batch.layoutPath = layout
        batch.apply(options)
        batch.workers = 1   // this request's worker; the pool spreads requests over the cores
        let outcome = try await pool.run(deadline: deadline) { [batch] _ in try batch.run() }
        guard outcome.failures.isEmpty else {
            let diagnostics = outcome.failures.flatMap { failure in
                failure.diagnostics.diagnostics.map { diagnostic in
                    var located = diagnostic
                    located.phrase = Phrase(en: "unit '", vi: "đơn vị '") + failure.unitPhrase + Phrase(verbatim: "': ") + diagnostic.phrase
                    return located
                }
            }
            throw APIError.invalidInput(diagnostics)
        }
        if merge, let merged = outcome.files.first {
            return Response(status: .ok, headers: [.contentType: "application/pdf"], body: .init(byteBuffer: ByteBuffer(bytes: merged.data)))
        }
        var zip = ZipArchive()
        for file in outcome.files { zip.add(name: file.name, data: file.data) }
        return Response(status: .ok, headers: [.contentType: "application/zip", .contentDisposition: "attachment; filename=\"units.zip\""],
                        body: .init(byteBuffer: ByteBuffer(bytes: zip.data)))
    }

    // MARK: Reading a request

    /// Reads the request's options and document, then runs `work` on a worker with the composer
    /// of the chosen layout: the path that render, preview and anchors share.
    private func withDocument<T: Sendable>(
        _ request: Request, _ work: @escaping @Sendable (Composer, Document, RenderOptions) throws -> T
    ) async throws -> T {
        let query = RequestQuery(request)
        let options = try query.renderOptions(), layout = try layoutPath(query)
        let (text, file) = try await documentText(request)
        return try await pool.run(deadline: deadline) { composers in
            let composer = try composers.composer(layoutPath: layout)
            return try work(composer, try composer.read(text: text, file: file), options)
        }
    }

    static let pageCount = HTTPField.Name("X-Page-Count")!

    /// The body as a document's text, named `request.json` or `request.yaml` by its Content-Type
    /// (the name diagnostics carry).
    private func documentText(_ request: Request) async throws -> (text: String, file: String) {
        let isJSON = (request.headers[.contentType] ?? "").lowercased().contains("json")
        let file = isJSON ? "request.json" : "request.yaml"
        let body = try await request.body.collect(upTo: bodyLimit)
        return (try Self.utf8(Data(buffer: body), file: file), file)
    }

    private static func utf8(_ data: Data, file: String) throws -> String {
        guard let text = String(data: data, encoding: .utf8) else {
            throw APIError.invalidInput([Diagnostic(
                Phrase(en: "the request is not UTF-8 text", vi: "nội dung yêu cầu không phải chuỗi UTF-8"),
                at: SourceLocation(file: file, line: 1, column: 1),
                hint: Phrase(en: "send the document as UTF-8 (Unicode) text; VanBan reads YAML or JSON",
                             vi: "hãy gửi văn bản dạng chuỗi UTF-8 (Unicode); VanBan đọc YAML hoặc JSON"))])
        }
        return text
    }

    private func layoutPath(_ query: RequestQuery) throws -> String {
        let name = query.string("layout") ?? Self.defaultLayout
        guard let path = layouts[name] else {
            let installed = layouts.keys.sorted().joined(separator: ", ")
            throw APIError.badRequest(Phrase(en: "there is no layout '\(name)'; the installed layouts: \(installed)",
                                             vi: "không có bố cục '\(name)'; các bố cục đã cài: \(installed)"))
        }
        return path
    }

    /// A finding as `/v1/check` gives it, in `language`: the line `vanban check` prints.
    static func json(_ finding: Finding, in language: Language) -> [String: Any] {
        var object = APIError.json(finding.diagnostic, in: language)
        object["rule"] = finding.rule
        object["text"] = finding.text(language)
        object["fixable"] = finding.fix != nil
        return object
    }
}
