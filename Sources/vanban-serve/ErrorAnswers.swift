import Hummingbird
import NIOCore
import VanBan

/// Turns what a handler threw into the API's JSON answer, counting the refusals.
struct ErrorAnswers<Context: RequestContext>: RouterMiddleware {
    let metrics: ServiceMetrics
    let deadline: Duration
    let bodyLimit: Int
    /// The methods of each path, for a 405 with Allow instead of a 404 on a known path.
    let methods: RouteMethods

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as APIError {
            if error.status == .unauthorized { metrics.rejection("unauthorised") }
            return error.response
        } catch is NIOTooManyBytesError {
            metrics.rejection("too-large")
            return APIError.tooLarge(limit: bodyLimit).response
        } catch ComposerPool.Refusal.busy {
            metrics.rejection("busy")
            return APIError.busy.response
        } catch ComposerPool.Refusal.deadlinePassed {
            metrics.rejection("deadline")
            return APIError.deadlinePassed(deadline).response
        } catch let Composer.Failure.invalidInput(list) {
            return APIError.invalidInput(list.diagnostics).response
        } catch let Composer.Failure.environment(message) {
            context.logger.error("environment: \(message)")
            return APIError.internalError(message.english).response
        } catch let error as HTTPResponseError {
            if error.status == .notFound, let allowed = methods.allowed(onPath: request.uri.path) {
                return APIError(status: .methodNotAllowed, code: "method-not-allowed",
                                message: "\(request.uri.path) answers \(allowed)", headers: [.allow: allowed]).response
            }
            // The router's own answers: in the API's JSON shape.
            return APIError(status: error.status, code: error.status == .notFound ? "not-found" : "http",
                            message: error.status.reasonPhrase).response
        }
    }
}
