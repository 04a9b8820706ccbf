/// A template that cannot be read: where (`file:line:column`), what, and what to do.
public struct ReadError: Error, Sendable, Hashable, CustomStringConvertible {
    public let file: String
    public let line: Int
    public let column: Int
    public let message: String
    public let hint: String?

    public init(file: String, line: Int, column: Int, message: String, hint: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.hint = hint
    }

    /// Compiler style, like every other stackgen diagnostic.
    public var description: String {
        var text = "\(file):\(line):\(column): error: \(message)"
        if let hint { text += "\n  hint: \(hint)" }
        return text
    }
}
