import Foundation
import Hummingbird
import VanBanModel

/// Every refusal of the API, answered as JSON `{"error": …, "message": …}` (with the located
/// diagnostics for invalid input), so a client reads one shape whatever went wrong.
struct APIError: Error {
    var status: HTTPResponse.Status
    /// A stable, machine-readable word: "invalid-input", "too-large", "busy" …
    var code: String
    var message: String
    var diagnostics: [Diagnostic] = []
    var headers: HTTPFields = [:]

    static func invalidInput(_ diagnostics: [Diagnostic]) -> APIError {
        APIError(status: .unprocessableContent, code: "invalid-input",
                 message: "the document has \(diagnostics.count) problem(s)", diagnostics: diagnostics)
    }

    static func badRequest(_ message: String) -> APIError {
        APIError(status: .badRequest, code: "bad-request", message: message)
    }

    static func tooLarge(limit: Int) -> APIError {
        APIError(status: .contentTooLarge, code: "too-large", message: "the request body is over the limit of \(limit) bytes")
    }

    static let busy = APIError(status: .serviceUnavailable, code: "busy",
                               message: "every worker is busy and the queue is full; try again shortly",
                               headers: [.retryAfter: "1"])

    static func deadlinePassed(_ deadline: Duration) -> APIError {
        APIError(status: .serviceUnavailable, code: "deadline",
                 message: "the request took longer than its deadline of \(deadline)", headers: [.retryAfter: "1"])
    }

    static let unauthorised = APIError(status: .unauthorized, code: "unauthorised",
                                       message: "this service needs 'Authorization: Bearer TOKEN'",
                                       headers: [.wwwAuthenticate: "Bearer"])

    static func internalError(_ message: String) -> APIError {
        APIError(status: .internalServerError, code: "internal", message: message)
    }

    var response: Response {
        var body: [String: Any] = ["error": code, "message": message]
        if !diagnostics.isEmpty { body["diagnostics"] = diagnostics.map(Self.json) }
        var response = JSONBody.response(body, status: status)
        for field in headers { response.headers.append(field) }
        return response
    }

    /// A diagnostic as the API gives it: its parts, and the line `vanban` prints.
    static func json(_ diagnostic: Diagnostic) -> [String: Any] {
        var object: [String: Any] = ["severity": diagnostic.severity.rawValue, "message": diagnostic.message,
                                     "text": diagnostic.description]
        if let location = diagnostic.location {
            object["line"] = location.line
            object["column"] = location.column
        }
        if let hint = diagnostic.hint { object["hint"] = hint }
        return object
    }
}

/// JSON bodies of responses: key-sorted, so the same answer gives the same bytes.
enum JSONBody {
    static func response(_ object: Any, status: HTTPResponse.Status = .ok) -> Response {
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
        return Response(status: status, headers: [.contentType: "application/json; charset=utf-8"],
                        body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
