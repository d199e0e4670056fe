import Hummingbird
import Logging

/// One log line per request, with its id, route, status, sizes and time: never the document's
/// text or the query (government documents pass through), and the metrics of the same facts.
struct RequestLog<Context: RequestContext>: RouterMiddleware {
    let metrics: ServiceMetrics

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        let response = try await next(request, context)
        let duration = ContinuousClock.now - start
        let route = context.endpointPath ?? "unmatched"
        metrics.request(route: route, method: request.method.rawValue, status: response.status.code, duration: duration)
        context.logger.info("request", metadata: [
            "method": "\(request.method.rawValue)", "route": "\(route)", "status": "\(response.status.code)",
            "request_bytes": "\(request.headers[.contentLength] ?? "-")",
            "response_bytes": "\(response.body.contentLength.map(String.init) ?? "-")",
            "ms": "\(Double(duration.components.attoseconds / 1_000_000_000_000 + duration.components.seconds * 1_000_000) / 1000)",
        ])
        return response
    }
}
