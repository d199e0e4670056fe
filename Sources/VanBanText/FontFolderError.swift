/// A font folder that cannot give VanBan one family's four faces: the user's choice of `--fonts`
/// or `--font-family` is wrong (exit 2 with a hint), unlike a failing C library (`TextError`).
public struct FontFolderError: Error, CustomStringConvertible, Sendable {
    public var message: String
    public var hint: String
    public init(_ message: String, hint: String) {
        self.message = message
        self.hint = hint
    }
    public var description: String { "\(message) (hint: \(hint))" }
}
