import ArgumentParser
import Foundation
import Hummingbird
import Logging
import VanBanCommandLine
import VanBan
import VanBanModel

@main
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vanban-serve",
        abstract: Phrase(en: "Serve VanBan over HTTP: an API for e-office systems and a web editor in Vietnamese.",
                         vi: "Chạy VanBan như một máy chủ HTTP: giao diện lập trình (API) cho các hệ thống văn phòng điện tử và trang soạn thảo văn bản bằng tiếng Việt.")
            .text(ServerLanguage.own),
        // Paragraphs joined by "\": ArgumentParser wraps them itself.
        discussion: Phrase(
            en: """
                The API is under /v1 (its OpenAPI document: GET /v1/openapi.yaml); the web editor is \
                at /. It listens on loopback unless told otherwise, writes nothing to disk, and logs \
                request ids, routes, sizes and times, never a document's text.

                SIGTERM or Ctrl-C stops accepting connections, finishes the requests in flight, then \
                exits.
                """,
            vi: """
                Giao diện lập trình nằm dưới /v1 (tài liệu OpenAPI của nó: GET /v1/openapi.yaml); trang \
                soạn thảo ở /. Nếu không được chỉ định khác, máy chủ chỉ nghe trên địa chỉ nội bộ \
                (loopback), không ghi gì xuống đĩa, và nhật ký chỉ ghi mã yêu cầu, đường dẫn, kích \
                thước và thời gian, không bao giờ ghi nội dung văn bản.

                SIGTERM hoặc Ctrl-C: máy chủ ngừng nhận kết nối mới, xử lý xong các yêu cầu đang chạy \
                rồi thoát.
                """
        ).text(ServerLanguage.own)
    )

    @Option(help: help(Phrase(en: "The address to listen on.", vi: "Địa chỉ để máy chủ lắng nghe kết nối.")))
    var host = "127.0.0.1"

    @Option(help: help(Phrase(en: "The port to listen on (0: any free port, printed at startup).",
                              vi: "Cổng để lắng nghe (0: một cổng còn trống bất kỳ, in ra khi khởi động).")))
    var port = 8080

    @Option(help: help(Phrase(en: "Worker threads, each with its own composer (default: one per core).",
                              vi: "Số luồng xử lý, mỗi luồng có bộ dàn trang riêng (mặc định: mỗi lõi CPU một luồng).")))
    var workers = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: help(Phrase(en: "Requests that may wait for a worker; beyond that the answer is 503 with Retry-After.",
                              vi: "Số yêu cầu được chờ luồng xử lý; quá số đó, máy chủ trả lời 503 kèm Retry-After.")))
    var queue = 64

    @Option(help: help(Phrase(en: "The largest request body, in bytes; a larger one gets 413.",
                              vi: "Kích thước lớn nhất của nội dung một yêu cầu, tính bằng byte; lớn hơn thì trả lời 413.")))
    var maxBodyBytes = 2 << 20

    @Option(help: help(Phrase(en: "Seconds a request may take; after that it is answered 503 with Retry-After.",
                              vi: "Số giây tối đa cho một yêu cầu; quá thời hạn đó, máy chủ trả lời 503 kèm Retry-After.")))
    var deadline = 10.0

    @Option(help: help(Phrase(en: "A file holding a token: every /v1 request must then send 'Authorization: Bearer TOKEN'.",
                              vi: "Tệp chứa mã truy cập: khi đó mọi yêu cầu /v1 phải gửi 'Authorization: Bearer TOKEN'.")))
    var tokenFile: String?

    @Option(help: help(Phrase(en: "Allow browsers on this origin (e.g. https://eoffice.example.vn) to call the API; CORS is off without it.",
                              vi: "Cho phép trình duyệt từ nguồn này (ví dụ https://eoffice.example.vn) gọi API; không có tùy chọn này thì CORS tắt.")))
    var corsOrigin: String?

    @Option(help: help(Phrase(en: "A font directory to use instead of the bundled Fonts/.",
                              vi: "Thư mục phông chữ dùng thay cho thư mục Fonts/ đi kèm.")))
    var fonts: String?

    @Option(help: help(Phrase(en: "A directory of layouts to offer by name instead of the bundled Layouts/.",
                              vi: "Thư mục các tệp bố cục (chọn theo tên) dùng thay cho thư mục Layouts/ đi kèm.")))
    var layouts: String?

    @Option(help: help(Phrase(en: "The least severe log level: trace, debug, info, notice, warning, error, critical.",
                              vi: "Mức nhật ký thấp nhất được ghi: trace, debug, info, notice, warning, error, critical.")))
    var logLevel = "info"

    // Read before parsing (ServerLanguage.requested); declared here to be listed, checked and documented.
    @Option(help: help(valueName: "vi|en", Phrase(
        en: "The language of this program's help, startup and log lines, and of answers to requests whose Accept-Language names neither English nor Vietnamese: en or vi (default: LC_ALL, LC_MESSAGES or LANG for the program's lines; English for answers).",
        vi: "Ngôn ngữ của phần trợ giúp, dòng khởi động và nhật ký của chương trình, và của câu trả lời cho yêu cầu mà Accept-Language không nêu tiếng Việt hay tiếng Anh: vi hoặc en (mặc định: theo LC_ALL, LC_MESSAGES hoặc LANG cho các dòng của chương trình; tiếng Anh cho câu trả lời).")))
    var lang: String?

    private static func help(valueName: String? = nil, _ phrase: Phrase) -> ArgumentHelp {
        ArgumentHelp(phrase.text(ServerLanguage.own), valueName: valueName)
    }

    /// ArgumentParser's `main()`, with its own words (USAGE:, OPTIONS:, "Missing value …") in the
    /// operator's language, as `vanban` prints them (`exitTranslated`).
    static func main() async {
        do {
            var command = try parseAsRoot()
            if let server = command as? ServeCommand {
                try await server.run()
            } else {
                try command.run()   // help, --version: parseAsRoot answers them by throwing
            }
        } catch {
            exitTranslated(for: error, vietnamese: ServerLanguage.own == .vietnamese)
        }
    }

    func validate() throws {
        if let lang, Language(tag: lang) == nil {
            // As `vanban --lang` says it.
            throw refusal(Phrase(en: "VanBan speaks vi (Vietnamese) and en (English): write --lang vi or --lang en",
                                 vi: "VanBan nói được vi (tiếng Việt) và en (tiếng Anh): hãy viết --lang vi hoặc --lang en"))
        }
        if !(1...256).contains(workers) {
            throw refusal(Phrase(en: "--workers must be between 1 and 256", vi: "--workers phải là một số từ 1 đến 256"))
        }
        if queue < 1 {
            throw refusal(Phrase(en: "--queue must be 1 or more (a request waits in the queue until a worker takes it)",
                                 vi: "--queue phải từ 1 trở lên (một yêu cầu chờ trong hàng đợi đến khi có luồng xử lý nhận)"))
        }
        if maxBodyBytes < 1024 {
            throw refusal(Phrase(en: "--max-body-bytes must be at least 1024", vi: "--max-body-bytes phải ít nhất là 1024"))
        }
        if !(deadline > 0 && deadline <= 3600) {
            throw refusal(Phrase(en: "--deadline must be between 0 and 3600 seconds", vi: "--deadline phải lớn hơn 0 và không quá 3600 giây"))
        }
        if Logger.Level(rawValue: logLevel) == nil {
            throw refusal(Phrase(en: "--log-level must be one of trace, debug, info, notice, warning, error, critical",
                                 vi: "--log-level phải là một trong các mức trace, debug, info, notice, warning, error, critical"))
        }
        if !(0...65535).contains(port) {
            throw refusal(Phrase(en: "--port must be between 0 and 65535", vi: "--port phải là một số từ 0 đến 65535"))
        }
    }

    private func refusal(_ phrase: Phrase) -> ValidationError { ValidationError(phrase.text(ServerLanguage.own)) }

    func run() async throws {
        let level = Logger.Level(rawValue: logLevel) ?? .info
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
        do {
            try await serve()
        } catch let failure as ServeFailure {
            let language = ServerLanguage.own
            FileHandle.standardError.write(Data("vanban-serve: \(Diagnostic.Severity.error.word(language)): \(failure.text(language))\n".utf8))
            throw ExitCode(3)
        } catch let failure as Composer.Failure {
            FileHandle.standardError.write(Data("vanban-serve: \(ServerLanguage.own.text(of: failure))\n".utf8))
            throw ExitCode(3)
        }
    }

    private func serve() async throws {
        let logger = Logger(label: "vanban-serve")
        let token = try tokenFile.map(Self.readToken)
        let layoutPaths = try Self.installedLayouts(explicit: layouts)
        guard let defaultLayout = layoutPaths[APIRoutes.defaultLayout] else {
            throw ServeFailure(Phrase(en: "the layouts have no \(APIRoutes.defaultLayout).yaml",
                                      vi: "thư mục bố cục không có tệp \(APIRoutes.defaultLayout).yaml"))
        }
        // One composer on this thread, before the workers start, to read the templates and to
        // say at once when the fonts or the layout cannot be used.
        let composer = try Composer(fontDirectory: fonts, layoutPath: defaultLayout)
        guard let exampleDirectory = Resources.directory(named: "Examples") else {
            throw ServeFailure(Phrase(en: "the bundled Examples/ directory (templates and the JSON Schema) was not found (set VANBAN_HOME)",
                                      vi: "không tìm thấy thư mục Examples/ đi kèm (các mẫu và JSON Schema) (hãy đặt VANBAN_HOME)"))
        }
        let examples = ExampleTemplates(directory: exampleDirectory, composer: composer) { name, error in
            let reason = ServerLanguage.own.text(of: error)
            logger.warning("\(Phrase(en: "example \(name) left out: \(reason)", vi: "bỏ qua ví dụ \(name): \(reason)").text(ServerLanguage.own))")
        }
        // The decree's forms first (what a clerk starts from), then the finished examples.
        let templates: any TemplateCatalogue = CombinedTemplates(parts: [FormTemplates(), examples])
        guard let schema = FileManager.default.contents(atPath: exampleDirectory + "/vanban.schema.json") else {
            throw ServeFailure(Phrase(en: "Examples/vanban.schema.json was not found", vi: "không tìm thấy tệp Examples/vanban.schema.json"))
        }
        let metrics = ServiceMetrics()
        let fonts = self.fonts
        let pool = ComposerPool(workers: workers, capacity: queue, queueDepthChanged: { metrics.queueDepthChanged($0) }) { layout in
            try Composer(fontDirectory: fonts, layoutPath: layout)
        }
        defer { pool.stop() }
        let deadline = Duration.milliseconds(Int64(self.deadline * 1000))
        let routes = APIRoutes(pool: pool, layouts: layoutPaths, templates: templates, schema: ByteBuffer(bytes: schema),
                               bodyLimit: maxBodyBytes, deadline: deadline, defaultLanguage: ServerLanguage.answersByDefault)
        let router = ServiceRouter.make(routes: routes, assets: try WebAssets(), metrics: metrics, token: token,
                                        corsOrigin: corsOrigin, bodyLimit: maxBodyBytes, deadline: deadline,
                                        defaultLanguage: ServerLanguage.answersByDefault)
        let workers = self.workers
        let app = Application(
            router: router,
            configuration: .init(address: .hostname(host, port: port), serverName: "VanBan"),
            onServerRunning: { channel in
                let address = channel.localAddress.map { "http://\($0.ipAddress ?? "?"):\($0.port ?? 0)" } ?? "?"
                print(Phrase(en: "vanban-serve: listening on \(address) with \(workers) worker(s)",
                             vi: "vanban-serve: đang lắng nghe tại \(address) với \(workers) luồng xử lý").text(ServerLanguage.own))
                fflush(stdout)
            },
            logger: logger
        )
        try await app.runService()
        logger.info("\(Phrase(en: "stopped", vi: "đã dừng").text(ServerLanguage.own))")
    }

    private static func readToken(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path),
              let token = String(data: data, encoding: .utf8)?.trimmingCharacters(in: .whitespacesAndNewlines), !token.isEmpty else {
            throw ServeFailure(Phrase(en: "--token-file \(path) cannot be read or is empty",
                                      vi: "--token-file \(path): không đọc được tệp, hoặc tệp rỗng"))
        }
        return token
    }

    /// The layouts a request may name: every `NAME.yaml` of the layout directory.
    private static func installedLayouts(explicit: String?) throws -> [String: String] {
        guard let directory = Resources.directory(named: "Layouts", explicit: explicit) else {
            throw ServeFailure(Phrase(en: "the Layouts/ directory was not found (set VANBAN_HOME or pass --layouts)",
                                      vi: "không tìm thấy thư mục Layouts/ (hãy đặt VANBAN_HOME hoặc dùng --layouts)"))
        }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return Dictionary(uniqueKeysWithValues: names.filter { $0.hasSuffix(".yaml") }.map {
            (String($0.dropLast(".yaml".count)), (directory as NSString).appendingPathComponent($0))
        })
    }
}
