import StackgenCore
import StackgenEmit

/// Diagnostics for CI: GitHub workflow annotations and SARIF 2.1.0, shared by `validate`
/// and `check`. A diagnostic's code is the rule id; its `file:line` is the location.
enum DiagnosticFormats {
    /// `::error file=F,line=L,title=SG202::message` per diagnostic; GitHub shows each on the line.
    static func github(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map { diagnostic in
            var properties: [String] = []
            if let location = diagnostic.location {
                properties.append("file=\(escapeProperty(location.file))")
                properties.append("line=\(location.line)")
            }
            properties.append("title=\(escapeProperty("\(diagnostic.code.rawValue) \(diagnostic.path)"))")
            var message = diagnostic.message
            if let hint = diagnostic.hint { message += "\nhint: \(hint)" }
            return "::\(diagnostic.severity.rawValue) \(properties.joined(separator: ","))::\(escapeData(message))\n"
        }.joined()
    }

    private static func escapeData(_ text: String) -> String {
        text.replacing("%", with: "%25").replacing("\r", with: "%0D").replacing("\n", with: "%0A")
    }

    private static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacing(":", with: "%3A").replacing(",", with: "%2C")
    }

    /// One SARIF run of the `stackgen` tool; rules are the codes that occur, sorted.
    static func sarif(_ diagnostics: [Diagnostic]) -> String {
        let codes = Set(diagnostics.map(\.code)).sorted { $0.rawValue < $1.rawValue }
        let rules = codes.map { code -> JSONValue in
            .object([
                ("id", .string(code.rawValue)),
                ("name", .string(String(describing: code))),
                ("defaultConfiguration", .object([("level", .string(code.defaultSeverity.rawValue))])),
            ])
        }
        let results = diagnostics.map { diagnostic -> JSONValue in
            var text = diagnostic.message
            if let hint = diagnostic.hint { text += " (hint: \(hint))" }
            var fields: [(String, JSONValue)] = [
                ("ruleId", .string(diagnostic.code.rawValue)),
                ("level", .string(diagnostic.severity.rawValue)),
                ("message", .object([("text", .string(text))])),
            ]
            var locations: [JSONValue] = []
            if let location = diagnostic.location {
                locations.append(
                    .object([
                        (
                            "physicalLocation",
                            .object([
                                ("artifactLocation", .object([("uri", .string(location.file))])),
                                ("region", .object([("startLine", .integer(max(location.line, 1)))])),
                            ])
                        ),
                        ("logicalLocations", .array([.object([("fullyQualifiedName", .string(diagnostic.path.description))])])),
                    ]))
            }
            fields.append(("locations", .array(locations)))
            return .object(fields)
        }
        let log: JSONValue = .object([
            ("$schema", .string("https://json.schemastore.org/sarif-2.1.0.json")),
            ("version", .string("2.1.0")),
            (
                "runs",
                .array([
                    .object([
                        (
                            "tool",
                            .object([
                                (
                                    "driver",
                                    .object([
                                        ("name", .string("stackgen")),
                                        ("version", .string(StackgenCommandLine.version)),
                                        ("informationUri", .string("https://github.com/stackgen/stackgen")),
                                        ("rules", .array(rules)),
                                    ])
                                )
                            ])
                        ),
                        ("results", .array(results)),
                    ])
                ])
            ),
        ])
        return CanonicalJSON.string(log)
    }
}
