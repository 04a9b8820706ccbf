/// What `check` takes from a `samconfig.toml` beside a template: the
/// `[default.deploy.parameters]` table's `stack_name`, `region` and `parameter_overrides`.
/// A small TOML subset: tables, `key = "string"`, `'literal'`, arrays of strings, comments.
public struct SamConfig: Sendable, Hashable {
    public var stackName: String?
    public var region: String?
    public var parameterOverrides: [String: String] = [:]
    /// The line `region` is set on, for a diagnostic about its value.
    public var regionLine: Int?

    public init(stackName: String? = nil, region: String? = nil, parameterOverrides: [String: String] = [:]) {
        self.stackName = stackName
        self.region = region
        self.parameterOverrides = parameterOverrides
    }

    /// Errors name `file:line`; an unreadable value is an error, not a silent default.
    public static func parse(_ text: String, file: String) throws(SamConfigError) -> SamConfig {
        var config = SamConfig()
        var table = ""
        for (index, line) in logicalLines(text) {
            guard !line.isEmpty, !line.hasPrefix("#") else { continue }
            if line.hasPrefix("[") {
                guard line.hasSuffix("]") else {
                    throw SamConfigError(file: file, line: index + 1, message: "a table header needs a closing ']'")
                }
                table = String(line.dropFirst().dropLast()).trimmingSpaces()
                continue
            }
            guard table == "default.deploy.parameters" else { continue }
            guard let equals = line.firstIndex(of: "=") else {
                throw SamConfigError(file: file, line: index + 1, message: "expected 'key = value'")
            }
            let key = String(line[..<equals]).trimmingSpaces()
            let valueText = String(line[line.index(after: equals)...]).trimmingSpaces()
            let values = try Self.values(valueText, file: file, line: index + 1)
            switch key {
            case "stack_name": config.stackName = values.joined(separator: " ")
            case "region":
                config.region = values.joined(separator: " ")
                config.regionLine = index + 1
            case "parameter_overrides":
                for pair in values.flatMap(Self.overrideWords) {
                    guard let equals = pair.firstIndex(of: "=") else {
                        throw SamConfigError(
                            file: file, line: index + 1, message: "parameter override '\(pair)' is not 'Name=Value'")
                    }
                    config.parameterOverrides[String(pair[..<equals])] = String(pair[pair.index(after: equals)...])
                }
            default: continue
            }
        }
        return config
    }

    /// Lines with their 1-based numbers; an array that spans lines is joined into its first line.
    private static func logicalLines(_ text: String) -> [(Int, String)] {
        var result: [(Int, String)] = []
        var pending: (Int, String)?
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var line = raw.trimmingSpaces()
            if line.hasPrefix("#") { continue }
            if let open = pending {
                if let hash = line.firstIndex(of: "#"), !line[..<hash].contains("\"") { line = String(line[..<hash]).trimmingSpaces() }
                pending = (open.0, open.1 + " " + line)
                if line.hasSuffix("]") {
                    result.append(pending ?? open)
                    pending = nil
                }
                continue
            }
            if let equals = line.firstIndex(of: "="), line[line.index(after: equals)...].trimmingSpaces().hasPrefix("["),
                !line.hasSuffix("]")
            {
                pending = (index, line)
                continue
            }
            result.append((index, line))
        }
        if let open = pending { result.append(open) }
        return result
    }

    /// A string, or an array of strings, as TOML writes them.
    private static func values(_ text: String, file: String, line: Int) throws(SamConfigError) -> [String] {
        var rest = Substring(text)
        var result: [String] = []
        let isArray = rest.hasPrefix("[")
        if isArray { rest = rest.dropFirst() }
        while true {
            rest = rest.drop { $0 == " " || $0 == "," }
            guard let quote = rest.first else { break }
            if quote == "]" || quote == "#" { break }
            guard quote == "\"" || quote == "'" else {
                throw SamConfigError(file: file, line: line, message: "expected a quoted string")
            }
            rest = rest.dropFirst()
            var value = ""
            while let character = rest.first, character != quote {
                rest = rest.dropFirst()
                if character == "\\" && quote == "\"", let escaped = rest.first {
                    rest = rest.dropFirst()
                    value.append(escaped == "n" ? "\n" : escaped == "t" ? "\t" : escaped)
                } else {
                    value.append(character)
                }
            }
            guard rest.first == quote else { throw SamConfigError(file: file, line: line, message: "unclosed string") }
            rest = rest.dropFirst()
            result.append(value)
            if !isArray { break }
        }
        return result
    }

    /// `Name=Value Other="two words"`, SAM's override syntax.
    private static func overrideWords(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        var quote: Character?
        for character in text {
            if let open = quote {
                if character == open { quote = nil } else { current.append(character) }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == " " {
                if !current.isEmpty { words.append(current) }
                current = ""
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }
}

public struct SamConfigError: Error, Sendable, Hashable, CustomStringConvertible {
    public let file: String
    public let line: Int
    public let message: String

    public var description: String { "\(file):\(line): error: \(message)" }
}

extension StringProtocol {
    func trimmingSpaces() -> String {
        String(drop { $0 == " " || $0 == "\t" || $0 == "\r" }.reversed().drop { $0 == " " || $0 == "\t" || $0 == "\r" }.reversed())
    }
}
