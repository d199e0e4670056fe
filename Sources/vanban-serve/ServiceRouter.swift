import Hummingbird
import VanBanModel

/// The routes: the page at `/`, the API under `/v1`, and the operator's `/healthz` and `/metrics`.
enum ServiceRouter {
    static func make(routes: APIRoutes, assets: WebAssets, metrics: ServiceMetrics, token: String?, corsOrigin: String?,
                     bodyLimit: Int, deadline: Duration, defaultLanguage: Language) -> Router<BasicRequestContext> {
        let router = Router()
        let methods = RouteMethods(
            exact: ["/": "GET", "/app.js": "GET", "/app.css": "GET", "/healthz": "GET", "/metrics": "GET", "/v1/openapi.yaml": "GET",
                    "/v1/schema": "GET", "/v1/templates": "GET", "/v1/render": "POST", "/v1/check": "POST",
                    "/v1/preview": "POST", "/v1/anchors": "POST", "/v1/units": "POST", "/v1/forms": "GET"],
            prefixes: ["/v1/templates/": "GET"])
        router.add(middleware: RequestLog(metrics: metrics))
        router.add(middleware: SecurityHeaders())
        // CORS outside the error answers: it sees each refusal as the JSON answer it is (an error
        // thrown through it would come out as a bare status), and adds `Origin` to its Vary.
        if let corsOrigin {
            router.add(middleware: CORSMiddleware(allowOrigin: .custom(corsOrigin), allowHeaders: [.contentType, .authorization, .acceptLanguage],
                                                  allowMethods: [.get, .post, .options], exposedHeaders: ["X-Page-Count"]))
        }
        router.add(middleware: ErrorAnswers(metrics: metrics, deadline: deadline, bodyLimit: bodyLimit, methods: methods,
                                            defaultLanguage: defaultLanguage))
        if let token { router.add(middleware: BearerToken(token: token)) }

        router.get("/") { _, _ in try assets.response("index.html") }
        router.get("/app.js") { _, _ in try assets.response("app.js") }
        router.get("/app.css") { _, _ in try assets.response("app.css") }
        router.get("/healthz") { _, _ in
            Response(status: .ok, headers: [.contentType: "text/plain; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: "ok\n")))
        }
        router.get("/metrics") { _, _ in
            Response(status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                     body: .init(byteBuffer: ByteBuffer(string: metrics.text())))
        }
        let v1 = router.group("v1")
        v1.get("openapi.yaml") { _, _ in try assets.response("openapi.yaml") }
        routes.add(to: v1)
        FormCatalogue.add(to: v1)
        return router
    }
}

/// Which method each route answers (the routes above): a known path asked with another method
/// gets 405 and Allow, as HTTP wants, rather than the router's 404.
struct RouteMethods: Sendable {
    let exact: [String: String]
    let prefixes: [String: String]

    func allowed(onPath path: String) -> String? {
        exact[path] ?? prefixes.first { path.hasPrefix($0.key) && path.count > $0.key.count }?.value
    }
}
