/// A failure inside the text engine: fonts missing, a C library refusing an operation.
public struct TextError: Error, CustomStringConvertible, Sendable {
    public var message: String
    public var hint: String?
    public init(_ message: String, hint: String? = nil) {
        self.message = message
        self.hint = hint
    }
    public var description: String { hint.map { "\(message) (hint: \($0))" } ?? message }
}
