import Hummingbird
import NIOCore
import VanBan
import VanBanModel

/// Turns what a handler threw into the API's JSON answer, in the request's language, counting
/// the refusals.
struct ErrorAnswers<Context: RequestContext>: RouterMiddleware {
    let metrics: ServiceMetrics
    let deadline: Duration
    let bodyLimit: Int
    /// The methods of each path, for a 405 with Allow instead of a 404 on a known path.
    let methods: RouteMethods
    /// The language of answers to requests whose `Accept-Language` names neither language.
    let defaultLanguage: Language

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            return answer(error, to: request, context: context).response(in: request.answerLanguage(fallback: defaultLanguage))
        }
    }

    private func answer(_ error: Error, to request: Request, context: Context) -> APIError {
        switch error {
        case let error as APIError:
            if error.status == .unauthorized { metrics.rejection("unauthorised") }
            return error
        case is NIOTooManyBytesError:
            metrics.rejection("too-large")
            return .tooLarge(limit: bodyLimit)
        case ComposerPool.Refusal.busy:
            metrics.rejection("busy")
            return .busy
        case ComposerPool.Refusal.deadlinePassed:
            metrics.rejection("deadline")
            return .deadlinePassed(deadline)
        case let Composer.Failure.invalidInput(list):
            return .invalidInput(list.diagnostics)
        case let Composer.Failure.environment(message):
            // For the operator, who reads the log; the client is told what it was too.
            context.logger.error("\(Phrase(en: "environment: ", vi: "môi trường: ").text(ServerLanguage.own))\(message.text(ServerLanguage.own))")
            return .internalError(message)
        case let error as HTTPResponseError:
            let path = request.uri.path
            if error.status == .notFound, let allowed = methods.allowed(onPath: path) {
                return APIError(status: .methodNotAllowed, code: "method-not-allowed",
                                message: Phrase(en: "\(path) answers \(allowed)", vi: "\(path) chỉ nhận phương thức \(allowed)"),
                                headers: [.allow: allowed])
            }
            // The router's own answers: in the API's JSON shape.
            return APIError(status: error.status, code: error.status == .notFound ? "not-found" : "http",
                            message: StatusWords.phrase(of: error.status))
        default:
            // A failure of the library's own (a PDF it could not finish): said in JSON like the rest.
            let phrase = Phrase(describing: error)
            context.logger.error("\(phrase.text(ServerLanguage.own))")
            return .internalError(phrase)
        }
    }
}
