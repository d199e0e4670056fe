import Foundation

/// The parts of a `multipart/form-data` body (RFC 7578), by field name: what a browser's
/// FormData or `curl -F` sends. Only what the units upload needs: names and bytes.
struct MultipartForm {
    private(set) var parts: [String: Data] = [:]

    /// nil when the content type has no boundary or the body is not made of its parts.
    init?(body: Data, contentType: String) {
        guard contentType.lowercased().hasPrefix("multipart/form-data"),
              let boundary = Self.parameter("boundary", of: contentType) else { return nil }
        let delimiter = Data("--\(boundary)".utf8)
        let headerEnd = Data("\r\n\r\n".utf8)
        var cursor = body.startIndex
        guard let first = body.range(of: delimiter, in: cursor..<body.endIndex) else { return nil }
        cursor = first.upperBound
        while true {
            // After a delimiter: "--" closes the body, CRLF opens a part.
            if body[cursor...].starts(with: Data("--".utf8)) { return }
            guard body[cursor...].starts(with: Data("\r\n".utf8)) else { return nil }
            cursor += 2
            guard let headersEnd = body.range(of: headerEnd, in: cursor..<body.endIndex),
                  let next = body.range(of: Data("\r\n".utf8) + delimiter, in: headersEnd.upperBound..<body.endIndex) else { return nil }
            let headers = String(decoding: body[cursor..<headersEnd.lowerBound], as: UTF8.self)
            if let name = Self.fieldName(headers) {
                parts[name] = Data(body[headersEnd.upperBound..<next.lowerBound])
            }
            cursor = next.upperBound
        }
    }

    /// The `name` of a part's Content-Disposition header.
    private static func fieldName(_ headers: String) -> String? {
        for line in headers.components(separatedBy: "\r\n") where line.lowercased().hasPrefix("content-disposition:") {
            return parameter("name", of: line)
        }
        return nil
    }

    /// A `key=value` or `key="value"` parameter of a header value.
    private static func parameter(_ key: String, of header: String) -> String? {
        for piece in header.split(separator: ";").dropFirst() {
            let pair = piece.trimmingCharacters(in: .whitespaces)
            guard pair.lowercased().hasPrefix(key + "=") else { continue }
            var value = pair.dropFirst(key.count + 1)
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = value.dropFirst().dropLast() }
            return String(value)
        }
        return nil
    }
}
