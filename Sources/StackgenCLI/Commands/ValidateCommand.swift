import StackgenCore
import StackgenEmit
import StackgenPipeline

enum ValidateCommand: Command {
    static let spec = CommandSpec(
        name: "validate", abstract: "Check an app without writing anything; what CI runs on every change.",
        discussion: """
            Runs lower, resolve and emit in memory and reports every diagnostic. Exits 1 when there \
            are errors, or warnings with --strict.
            """,
        options: [
            .app,
            OptionSpec("--strict", help: "Treat warnings as errors."),
            OptionSpec(
                "--format", value: "format", help: "text, json, github (workflow annotations) or sarif (SARIF 2.1.0) (default: text).",
                allowedValues: ["text", "json", "github", "sarif"]),
            Against.option,
        ])

    static func run(_ options: ParsedOptions, in context: Context) throws(UsageError) -> Int32 {
        let app = try context.app(options, command: spec)
        let strict = options.flag("--strict")
        let result = Pipeline.compile(app)
        if let code = context.reportInternalErrors(result.internalErrors) { return code }
        var found = result.diagnostics.sorted
        // Hazards of a change to a deployed app: an error only when no phase plan resolves it.
        if result.succeeded, let against = options.value("--against") {
            guard let rollout = Against.rollout(against, result: result, outputFolder: "stackgen.out/\(app.name)", in: context) else {
                return ExitCode.failure
            }
            found += rollout.diagnostics
        }
        let diagnostics = found.map { diagnostic -> Diagnostic in
            var diagnostic = diagnostic
            if strict { diagnostic.severity = .error }
            return diagnostic
        }
        let failed = diagnostics.contains { $0.severity == .error }
        switch options.value("--format") {
        case "json": context.console.out(CanonicalJSON.string(json(app: app.name, diagnostics, ok: !failed)))
        case "github": context.console.out(DiagnosticFormats.github(diagnostics))
        case "sarif": context.console.out(DiagnosticFormats.sarif(diagnostics))
        default:
            context.printDiagnostics(diagnostics)
            let verdict = failed ? "failed" : "passed"
            context.console.out("validate \(verdict) for '\(app.name)' (\(app.stacks.count) stacks): \(DiagnosticPrinter.summary(diagnostics))\n")
        }
        return failed ? ExitCode.failure : ExitCode.success
    }

    static func json(app: String, _ diagnostics: [Diagnostic], ok: Bool) -> JSONValue {
        .object([
            ("version", .integer(1)),
            ("app", .string(app)),
            ("ok", .boolean(ok)),
            ("diagnostics", .array(diagnostics.map(\.json))),
        ])
    }
}
