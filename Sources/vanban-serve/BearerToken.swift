import Foundation
import Hummingbird

/// With `--token-file`: every `/v1/` request must carry `Authorization: Bearer TOKEN`. The page,
/// `/healthz` and `/metrics` stay open (a browser page cannot hold the secret; an operator's
/// probe needs none).
struct BearerToken<Context: RequestContext>: RouterMiddleware {
    let token: String

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard request.uri.path.hasPrefix("/v1/"), request.method != .options else { return try await next(request, context) }
        let given = request.headers[.authorization] ?? ""
        guard Self.equalInConstantTime(given, "Bearer " + token) else { throw APIError.unauthorised }
        return try await next(request, context)
    }

    /// Compares every byte whatever the first difference, so timing does not reveal the token.
    static func equalInConstantTime(_ a: String, _ b: String) -> Bool {
        let left = Array(a.utf8), right = Array(b.utf8)
        var difference = UInt8(left.count == right.count ? 0 : 1)
        for index in 0..<max(left.count, right.count) {
            difference |= (index < left.count ? left[index] : 0) ^ (index < right.count ? right[index] : 0)
        }
        return difference == 0
    }
}
