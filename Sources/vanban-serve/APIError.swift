import Foundation
import Hummingbird
import VanBanModel

/// Every refusal of the API, answered as JSON `{"error": …, "message": …}` (with the located
/// diagnostics for invalid input), so a client reads one shape whatever went wrong. The message
/// and the diagnostics are said in the request's language (`response(in:)`); `error` is a code
/// for programs and reads the same in both.
struct APIError: Error {
    var status: HTTPResponse.Status
    /// A stable, machine-readable word: "invalid-input", "too-large", "busy" …
    var code: String
    var message: Phrase
    var diagnostics: [Diagnostic] = []
    var headers: HTTPFields = [:]

    static func invalidInput(_ diagnostics: [Diagnostic]) -> APIError {
        APIError(status: .unprocessableContent, code: "invalid-input",
                 message: Phrase(en: "the document has \(diagnostics.count) problem(s)",
                                 vi: "văn bản có \(diagnostics.count) chỗ cần sửa"),
                 diagnostics: diagnostics)
    }

    static func badRequest(_ message: Phrase) -> APIError {
        APIError(status: .badRequest, code: "bad-request", message: message)
    }

    static func tooLarge(limit: Int) -> APIError {
        APIError(status: .contentTooLarge, code: "too-large",
                 message: Phrase(en: "the request body is over the limit of \(limit) bytes",
                                 vi: "nội dung yêu cầu vượt quá giới hạn \(limit) byte"))
    }

    static let busy = APIError(status: .serviceUnavailable, code: "busy",
                               message: Phrase(en: "every worker is busy and the queue is full; try again shortly",
                                               vi: "máy chủ đang bận: mọi luồng xử lý đều bận và hàng đợi đã đầy; vui lòng thử lại sau giây lát"),
                               headers: [.retryAfter: "1"])

    static func deadlinePassed(_ deadline: Duration) -> APIError {
        APIError(status: .serviceUnavailable, code: "deadline",
                 message: Phrase(en: "the request took longer than its deadline of \(deadline)",
                                 vi: "yêu cầu chạy quá thời hạn \(Self.vietnameseSeconds(deadline)) giây"),
                 headers: [.retryAfter: "1"])
    }

    static let unauthorised = APIError(status: .unauthorized, code: "unauthorised",
                                       message: Phrase(en: "this service needs 'Authorization: Bearer TOKEN'",
                                                       vi: "máy chủ này cần tiêu đề 'Authorization: Bearer TOKEN' (mã truy cập)"),
                                       headers: [.wwwAuthenticate: "Bearer"])

    static func internalError(_ message: Phrase) -> APIError {
        APIError(status: .internalServerError, code: "internal", message: message)
    }

    /// The answer in `language`, marked with it (`Content-Language`, `Vary`).
    func response(in language: Language) -> Response {
        var body: [String: Any] = ["error": code, "message": message.text(language)]
        if !diagnostics.isEmpty { body["diagnostics"] = diagnostics.map { Self.json($0, in: language) } }
        var response = JSONBody.response(body, status: status, language: language)
        for field in headers { response.headers.append(field) }
        return response
    }

    /// A diagnostic as the API gives it: its parts, and the line `vanban` prints, in `language`.
    static func json(_ diagnostic: Diagnostic, in language: Language) -> [String: Any] {
        var object: [String: Any] = ["severity": diagnostic.severity.rawValue, "message": diagnostic.phrase.text(language),
                                     "text": diagnostic.text(language)]
        if let location = diagnostic.location {
            object["line"] = location.line
            object["column"] = location.column
        }
        if let hint = diagnostic.hintPhrase { object["hint"] = hint.text(language) }
        return object
    }

    /// Seconds as Vietnamese writes them: a decimal comma, no ",0" (`10`, `0,001`).
    private static func vietnameseSeconds(_ duration: Duration) -> String {
        let seconds = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        return seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds).replacingOccurrences(of: ".", with: ",")
    }
}

/// JSON bodies of responses: key-sorted, so the same answer gives the same bytes.
enum JSONBody {
    /// - Parameter language: the language the body's words are in, when it has words for people.
    static func response(_ object: Any, status: HTTPResponse.Status = .ok, language: Language? = nil) -> Response {
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
        var response = Response(status: status, headers: [.contentType: "application/json; charset=utf-8"],
                                body: .init(byteBuffer: ByteBuffer(bytes: data)))
        if let language { response.markLanguage(language) }
        return response
    }
}
