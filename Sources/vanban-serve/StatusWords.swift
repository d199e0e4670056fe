import HTTPTypes
import VanBanModel

/// The words of an answer the router gives by itself (no such path, a body it refused): the
/// status's English reason phrase, as the API always said, and its Vietnamese.
enum StatusWords {
    static func phrase(of status: HTTPResponse.Status) -> Phrase {
        let vietnamese = Self.vietnamese[status.code] ?? "lỗi HTTP \(status.code)"
        return Phrase(en: status.reasonPhrase, vi: vietnamese)
    }

    private static let vietnamese: [Int: String] = [
        400: "Yêu cầu không hợp lệ",
        401: "Cần xác thực",
        403: "Không được phép truy cập",
        404: "Không tìm thấy",
        405: "Phương thức không được hỗ trợ",
        406: "Không có nội dung ở dạng được yêu cầu",
        408: "Hết thời gian chờ yêu cầu",
        411: "Thiếu độ dài nội dung (Content-Length)",
        413: "Nội dung yêu cầu quá lớn",
        414: "Địa chỉ (URI) quá dài",
        415: "Kiểu nội dung không được hỗ trợ",
        417: "Không đáp ứng được tiêu đề Expect",
        422: "Nội dung không xử lý được",
        429: "Quá nhiều yêu cầu",
        431: "Tiêu đề yêu cầu quá lớn",
        500: "Lỗi nội bộ của máy chủ",
        501: "Chưa hỗ trợ",
        503: "Máy chủ tạm thời không phục vụ được",
        504: "Hết thời gian chờ",
    ]
}
