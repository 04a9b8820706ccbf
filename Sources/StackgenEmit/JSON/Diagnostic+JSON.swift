import StackgenCore

extension Diagnostic {
    /// One diagnostic as `validate --format json` and the rollout's JSON print it.
    public var json: JSONValue {
        .object([
            ("code", .string(code.rawValue)),
            ("severity", .string(severity.rawValue)),
            ("message", .string(message)),
            ("path", .string(path.description)),
            ("file", location.map { .string($0.file) } ?? .null),
            ("line", location.map { .integer($0.line) } ?? .null),
            ("hint", hint.map(JSONValue.string) ?? .null),
        ])
    }
}
