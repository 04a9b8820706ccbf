/// Parses `[--option value | --option=value | --flag]…` against a command's spec.
enum ArgumentParser {
    static func parse(_ arguments: [String], for command: CommandSpec) throws(UsageError) -> ParsedOptions {
        var parsed = ParsedOptions()
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            guard argument.hasPrefix("-"), argument != "-" else {
                if command.positional != nil {
                    parsed.add("", argument)
                    continue
                }
                throw UsageError(message: "unexpected argument '\(argument)'", command: command)
            }
            var name = argument
            var inlineValue: String?
            if let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                inlineValue = String(argument[argument.index(after: equals)...])
            }
            guard let option = command.option(named: name) else {
                let known = command.options.map(\.name) + ["--help"]
                let hint = Suggestion.phrase(for: name, in: known).map { " (\($0))" } ?? ""
                throw UsageError(message: "unknown option '\(name)'\(hint)", command: command)
            }
            if option.isFlag {
                if inlineValue != nil { throw UsageError(message: "option '\(option.name)' takes no value", command: command) }
                parsed.add(option.name, "")
                continue
            }
            guard let value = inlineValue ?? (index < arguments.count ? arguments[index] : nil) else {
                throw UsageError(message: "option '\(option.name)' needs a value <\(option.valueName!)>", command: command)
            }
            if inlineValue == nil { index += 1 }
            if !option.allowedValues.isEmpty && !option.allowedValues.contains(value) {
                let hint = Suggestion.phrase(for: value, in: option.allowedValues).map { "; \($0)" } ?? ""
                throw UsageError(
                    message: "'\(value)' is not a valid value for '\(option.name)' (one of: \(option.allowedValues.joined(separator: ", ")))\(hint)",
                    command: command)
            }
            if !option.repeats && parsed.value(option.name) != nil {
                throw UsageError(message: "option '\(option.name)' is given more than once", command: command)
            }
            parsed.add(option.name, value)
        }
        return parsed
    }
}
