/// One command's configuration; it drives both parsing and `--help`.
struct CommandSpec: Sendable {
    let name: String
    let abstract: String
    let discussion: String?
    let options: [OptionSpec]
    /// The name of the words that are not options (`files`), nil when a command takes none.
    var positional: String? = nil

    func option(named name: String) -> OptionSpec? {
        options.first { $0.name == name || $0.shortName == name }
    }
}

struct OptionSpec: Sendable {
    /// With dashes: `--app`.
    let name: String
    let shortName: String?
    /// Nil for a flag.
    let valueName: String?
    let help: String
    let allowedValues: [String]
    let repeats: Bool

    init(
        _ name: String, short: String? = nil, value: String? = nil, help: String, allowedValues: [String] = [],
        repeats: Bool = false
    ) {
        self.name = name
        self.shortName = short
        self.valueName = value
        self.help = help
        self.allowedValues = allowedValues
        self.repeats = repeats
    }

    var isFlag: Bool { valueName == nil }
}

/// Options as parsed: each name with the values given, in order.
struct ParsedOptions: Sendable {
    private(set) var values: [String: [String]] = [:]

    mutating func add(_ name: String, _ value: String) {
        values[name, default: []].append(value)
    }

    func flag(_ name: String) -> Bool { values[name] != nil }
    func value(_ name: String) -> String? { values[name]?.last }
    func all(_ name: String) -> [String] { values[name] ?? [] }
    /// The words that are not options, in order (commands with a `positional` spec).
    var positionals: [String] { values[""] ?? [] }
}

/// A mistake in how the command was called: exit code 64.
struct UsageError: Error, Sendable {
    let message: String
    let command: CommandSpec?
}
