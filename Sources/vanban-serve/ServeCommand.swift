import ArgumentParser
import Foundation
import Hummingbird
import Logging
import VanBan

@main
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vanban-serve",
        abstract: "Serve VanBan over HTTP: an API for e-office systems and a web editor in Vietnamese.",
        // Paragraphs joined by "\": ArgumentParser wraps them itself.
        discussion: """
            The API is under /v1 (its OpenAPI document: GET /v1/openapi.yaml); the web editor is \
            at /. It listens on loopback unless told otherwise, writes nothing to disk, and logs \
            request ids, routes, sizes and times, never a document's text.

            SIGTERM or Ctrl-C stops accepting connections, finishes the requests in flight, then \
            exits.
            """
    )

    @Option(help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on (0: any free port, printed at startup).")
    var port = 8080

    @Option(help: "Worker threads, each with its own composer (default: one per core).")
    var workers = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Requests that may wait for a worker; beyond that the answer is 503 with Retry-After.")
    var queue = 64

    @Option(help: "The largest request body, in bytes; a larger one gets 413.")
    var maxBodyBytes = 2 << 20

    @Option(help: "Seconds a request may take; after that it is answered 503 with Retry-After.")
    var deadline = 10.0

    @Option(help: "A file holding a token: every /v1 request must then send 'Authorization: Bearer TOKEN'.")
    var tokenFile: String?

    @Option(help: "Allow browsers on this origin (e.g. https://eoffice.example.vn) to call the API; CORS is off without it.")
    var corsOrigin: String?

    @Option(help: "A font directory to use instead of the bundled Fonts/.")
    var fonts: String?

    @Option(help: "A directory of layouts to offer by name instead of the bundled Layouts/.")
    var layouts: String?

    @Option(help: "The least severe log level: trace, debug, info, notice, warning, error, critical.")
    var logLevel = "info"

    func validate() throws {
        if !(1...256).contains(workers) { throw ValidationError("--workers must be between 1 and 256") }
        if queue < 1 { throw ValidationError("--queue must be 1 or more (a request waits in the queue until a worker takes it)") }
        if maxBodyBytes < 1024 { throw ValidationError("--max-body-bytes must be at least 1024") }
        if !(deadline > 0 && deadline <= 3600) { throw ValidationError("--deadline must be between 0 and 3600 seconds") }
        if Logger.Level(rawValue: logLevel) == nil { throw ValidationError("--log-level must be one of trace, debug, info, notice, warning, error, critical") }
        if !(0...65535).contains(port) { throw ValidationError("--port must be between 0 and 65535") }
    }

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
            FileHandle.standardError.write(Data("vanban-serve: error: \(failure)\n".utf8))
            throw ExitCode(3)
        } catch let failure as Composer.Failure {
            FileHandle.standardError.write(Data("vanban-serve: \(failure)\n".utf8))
            throw ExitCode(3)
        }
    }

    private func serve() async throws {
        let logger = Logger(label: "vanban-serve")
        let token = try tokenFile.map(Self.readToken)
        let layoutPaths = try Self.installedLayouts(explicit: layouts)
        guard let defaultLayout = layoutPaths[APIRoutes.defaultLayout] else {
            throw ServeFailure("the layouts have no \(APIRoutes.defaultLayout).yaml")
        }
        // One composer on this thread, before the workers start, to read the templates and to
        // say at once when the fonts or the layout cannot be used.
        let composer = try Composer(fontDirectory: fonts, layoutPath: defaultLayout)
        guard let exampleDirectory = Resources.directory(named: "Examples") else {
            throw ServeFailure("the bundled Examples/ directory (templates and the JSON Schema) was not found (set VANBAN_HOME)")
        }
        let examples = ExampleTemplates(directory: exampleDirectory, composer: composer) { name, error in
            logger.warning("example \(name) left out: \(error)")
        }
        // The decree's forms first (what a clerk starts from), then the finished examples.
        let templates: any TemplateCatalogue = CombinedTemplates(parts: [FormTemplates(), examples])
        guard let schema = FileManager.default.contents(atPath: exampleDirectory + "/vanban.schema.json") else {
            throw ServeFailure("Examples/vanban.schema.json was not found")
        }
        let metrics = ServiceMetrics()
        let fonts = self.fonts
        let pool = ComposerPool(workers: workers, capacity: queue, queueDepthChanged: { metrics.queueDepthChanged($0) }) { layout in
            try Composer(fontDirectory: fonts, layoutPath: layout)
        }
        defer { pool.stop() }
        let deadline = Duration.milliseconds(Int64(self.deadline * 1000))
        let routes = APIRoutes(pool: pool, layouts: layoutPaths, templates: templates, schema: ByteBuffer(bytes: schema),
                               bodyLimit: maxBodyBytes, deadline: deadline)
        let router = ServiceRouter.make(routes: routes, assets: try WebAssets(), metrics: metrics, token: token,
                                        corsOrigin: corsOrigin, bodyLimit: maxBodyBytes, deadline: deadline)
        let workers = self.workers
        let app = Application(
            router: router,
            configuration: .init(address: .hostname(host, port: port), serverName: "VanBan"),
            onServerRunning: { channel in
                let address = channel.localAddress.map { "http://\($0.ipAddress ?? "?"):\($0.port ?? 0)" } ?? "?"
                print("vanban-serve: listening on \(address) with \(workers) worker(s)")
                fflush(stdout)
            },
            logger: logger
        )
        try await app.runService()
        logger.info("stopped")
    }

    private static func readToken(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path),
              let token = String(data: data, encoding: .utf8)?.trimmingCharacters(in: .whitespacesAndNewlines), !token.isEmpty else {
            throw ServeFailure("--token-file \(path) cannot be read or is empty")
        }
        return token
    }

    /// The layouts a request may name: every `NAME.yaml` of the layout directory.
    private static func installedLayouts(explicit: String?) throws -> [String: String] {
        guard let directory = Resources.directory(named: "Layouts", explicit: explicit) else {
            throw ServeFailure("the Layouts/ directory was not found (set VANBAN_HOME or pass --layouts)")
        }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return Dictionary(uniqueKeysWithValues: names.filter { $0.hasSuffix(".yaml") }.map {
            (String($0.dropLast(".yaml".count)), (directory as NSString).appendingPathComponent($0))
        })
    }
}
