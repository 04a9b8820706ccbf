/// `--help` text in the usual Swift CLI layout: OVERVIEW / USAGE / OPTIONS / SUBCOMMANDS.
enum Help {
    static let overview = "Compile a multi-stack AWS app written in Swift into CloudFormation templates and a deploy plan."

    static func tool(commands: [CommandSpec]) -> String {
        var text = "OVERVIEW: \(overview)\n\nUSAGE: stackgen <subcommand> [options]\n\nOPTIONS:\n"
        text += row("--version", "Show the version.")
        text += row("-h, --help", "Show help information.")
        text += "\nSUBCOMMANDS:\n"
        for command in commands { text += row(command.name, command.abstract) }
        text += row("help", "Show help for a subcommand.")
        text += "\n  See 'stackgen help <subcommand>' for detailed help.\n"
        return text
    }

    static func command(_ command: CommandSpec) -> String {
        var text = "OVERVIEW: \(command.abstract)\n"
        if let discussion = command.discussion { text += "\n\(discussion)\n" }
        text += "\nUSAGE: \(usage(command))\n\nOPTIONS:\n"
        for option in command.options + [.help] {
            var label = option.shortName.map { "\($0), " } ?? ""
            label += option.name
            if let value = option.valueName { label += " <\(value)>" }
            text += row(label, option.help)
        }
        return text
    }

    static func usage(_ command: CommandSpec) -> String {
        let options = command.options.map { option -> String in
            let body = option.valueName.map { "\(option.name) <\($0)>" } ?? option.name
            return option.repeats ? "[\(body) ...]" : "[\(body)]"
        }
        let positional = command.positional.map { ["<\($0)> ..."] } ?? []
        return (["stackgen", command.name] + positional + options).joined(separator: " ")
    }

    private static func row(_ label: String, _ help: String) -> String {
        let padded = label.count < 24 ? label + String(repeating: " ", count: 24 - label.count) : label + "\n" + String(repeating: " ", count: 26)
        return "  \(padded)\(help)\n"
    }
}
