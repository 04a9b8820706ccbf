/// Parses a command's arguments as Swift command-line tools do:
/// `--option value`, `--option=value`, `--flag`, `-h`/`--help`, and `--` to end the options.
///
/// An option that takes a value always takes the next argument, so `--out --help` is never
/// a help request; but a value that looks like an option is refused (a forgotten value
/// would otherwise swallow the next option), unless it is written `--out=--help`.
enum ArgumentParser {
    /// What the arguments ask for.
    enum Request {
        case help
        case run(ParsedOptions)
    }

    static func parse(_ arguments: [String], for command: CommandSpec) throws(UsageError) -> Request {
        var parsed = ParsedOptions()
        // The first mistake is reported unless `--help` comes later in an option's place:
        // `stackgen synth --stak x --help` shows help, as the user asked.
        var firstError: UsageError?
        var index = 0
        func fail(_ message: String) {
            if firstError == nil { firstError = UsageError(message: message, command: command) }
        }
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if argument == "--" {
                // Everything after `--` is positional.
                for positional in arguments[index...] {
                    if command.positional != nil { parsed.add("", positional) } else { fail("unexpected argument '\(positional)'") }
                }
                break
            }
            guard looksLikeOption(argument) else {
                if command.positional != nil { parsed.add("", argument) } else { fail("unexpected argument '\(argument)'") }
                continue
            }
            if argument == "--help" || argument == "-h" { return .help }
            var name = argument
            var inlineValue: String?
            if let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                inlineValue = String(argument[argument.index(after: equals)...])
            }
            guard let option = command.option(named: name) else {
                let known = command.options.map(\.name) + ["--help"]
                let hint = Suggestion.phrase(for: name, in: known).map { " (\($0))" } ?? ""
                fail("unknown option '\(name)'\(hint)")
                continue
            }
            guard let valueName = option.valueName else {
                if inlineValue != nil { fail("option '\(option.name)' takes no value") }
                parsed.add(option.name, "")
                continue
            }
            let value: String
            if let inlineValue {
                value = inlineValue
            } else if index < arguments.count {
                value = arguments[index]
                index += 1
                if looksLikeOption(value) {
                    fail(
                        "option '\(option.name)' needs a value <\(valueName)>, but '\(value)' looks like an option "
                            + "(write '\(option.name)=\(value)' if it is the value)")
                    continue
                }
            } else {
                fail("option '\(option.name)' needs a value <\(valueName)>")
                continue
            }
            if !option.allowedValues.isEmpty && !option.allowedValues.contains(value) {
                let hint = Suggestion.phrase(for: value, in: option.allowedValues).map { "; \($0)" } ?? ""
                fail(
                    "'\(value)' is not a valid value for '\(option.name)' (one of: \(option.allowedValues.joined(separator: ", ")))\(hint)")
                continue
            }
            if !option.repeats && parsed.value(option.name) != nil {
                fail("option '\(option.name)' is given more than once")
                continue
            }
            parsed.add(option.name, value)
        }
        if let firstError { throw firstError }
        return .run(parsed)
    }

    /// `-x` and `--x`; a lone `-` is an ordinary value (by convention, standard input).
    static func looksLikeOption(_ argument: String) -> Bool {
        argument.hasPrefix("-") && argument != "-"
    }
}
