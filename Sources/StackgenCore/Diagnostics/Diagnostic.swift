/// One finding of any pipeline stage, as a value: what, where (model and Swift source), and
/// what to do about it.
public struct Diagnostic: Sendable, Hashable {
    public enum Severity: String, Sendable, Hashable, Comparable, Codable {
        case warning, error
        public static func < (a: Severity, b: Severity) -> Bool { a == .warning && b == .error }
    }

    /// A stable code such as `SG201`; users grep for it and CI filters on it.
    public let code: Code
    public var severity: Severity
    /// Lowercase, identifiers in single quotes.
    public let message: String
    public let path: ModelPath
    public let location: SourceLocation?
    public let hint: String?

    public init(
        _ code: Code, severity: Severity? = nil, message: String, path: ModelPath,
        location: SourceLocation? = nil, hint: String? = nil
    ) {
        self.code = code
        self.severity = severity ?? code.defaultSeverity
        self.message = message
        self.path = path
        self.location = location
        self.hint = hint
    }
}

extension Diagnostic: CustomStringConvertible {
    /// Compiler style: `file:line: error[SG201]: message`, then the model path and hint.
    public var description: String { rendered() }

    /// The compiler-style text, with `label` free to decorate the `error[SG201]:` part
    /// (the CLI colours it on a terminal).
    public func rendered(label: (String) -> String = { $0 }) -> String {
        var text = ""
        if let location { text += "\(location): " }
        text += "\(label("\(severity.rawValue)[\(code.rawValue)]:")) \(message)\n"
        text += "  at: \(path)"
        if let hint { text += "\n  hint: \(hint)" }
        return text
    }
}

extension Diagnostic: Comparable {
    /// Sorted by model path, then code: the same input prints the same list.
    public static func < (a: Diagnostic, b: Diagnostic) -> Bool {
        (a.path.description, a.code.rawValue, a.message) < (b.path.description, b.code.rawValue, b.message)
    }
}
