/// Why a PDF could not be read or finished. These are VanBan's own output files, so any of these
/// means a bug or a file that is not ours: the message says where in the file it happened.
public enum PDFError: Error, CustomStringConvertible, Equatable {
    case malformed(String, offset: Int)
    case unsupported(String)
    case invalidField(String)

    public var description: String {
        switch self {
        case let .malformed(what, offset): return "malformed PDF at byte \(offset): \(what)"
        case let .unsupported(what): return "unsupported PDF feature: \(what)"
        case let .invalidField(what): return "invalid form field: \(what)"
        }
    }
}
