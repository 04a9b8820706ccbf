/// Why bytes are not JSON, and where: line and column count from 1, columns in bytes.
public struct JSONParseError: Error, Sendable, Hashable, CustomStringConvertible {
    public let message: String
    public let line: Int
    public let column: Int
    /// Byte offset from the start of the input.
    public let offset: Int

    public var description: String { "\(line):\(column): \(message)" }
}
