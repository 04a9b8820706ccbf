import StackgenEmit

enum ListCommand: Command {
    static let spec = CommandSpec(
        name: "list", abstract: "List the registered apps and their stacks.", discussion: nil,
        options: [OptionSpec("--format", value: "format", help: "text or json (default: text).", allowedValues: ["text", "json"])])

    static func run(_ options: ParsedOptions, in context: Context) throws(UsageError) -> Int32 {
        if options.value("--format") == "json" {
            let apps = context.apps.map { entry -> JSONValue in
                let app = entry.app()
                return .object([("name", .string(app.name)), ("stacks", .array(app.stacks.map { .string($0.name) }))])
            }
            context.console.out(CanonicalJSON.string(.object([("apps", .array(apps))])))
            return ExitCode.success
        }
        let defaultName = context.defaultApp ?? context.apps.first?.name
        for entry in context.apps {
            let app = entry.app()
            let mark = app.name == defaultName ? " (default)" : ""
            context.console.out("\(app.name)\(mark): \(app.stacks.count) stacks\n")
            for stack in app.stacks { context.console.out("  \(stack.name)  \(stack.region ?? app.region)\n") }
        }
        return ExitCode.success
    }
}
