import StackgenCore
import StackgenEmit
import StackgenPipeline

enum PlanCommand: Command {
    static let spec = CommandSpec(
        name: "plan", abstract: "Print the deploy order of an app: waves, reasons and commands.",
        discussion: """
            Stacks in one wave can deploy in parallel. Each step lists what it waits for and why, \
            the parameters filled from other stacks' outputs, and its exact deploy command. The \
            json format is the versioned contract documented in README.md.
            """,
        options: [
            .app,
            OptionSpec("--format", value: "format", help: "text, json, mermaid or dot (default: text).", allowedValues: ["text", "json", "mermaid", "dot"]),
            OptionSpec("--out", value: "folder", help: "Output folder the deploy commands read templates from (default: stackgen.out/<app>)."),
            Against.option,
        ])

    static func run(_ options: ParsedOptions, in context: Context) throws(UsageError) -> Int32 {
        let app = try context.app(options, command: spec)
        let folder = try OutputFolderOption.folder(options, app: app.name, command: spec)
        let result = Pipeline.compile(app, outputFolder: folder)
        if let code = context.reportInternalErrors(result.internalErrors) { return code }
        context.printErrorsAndCountWarnings(result.diagnostics.sorted, app: app.name)
        guard let plan = result.plan else {
            context.console.err("plan failed: \(DiagnosticPrinter.summary(result.diagnostics.all))\n")
            return ExitCode.failure
        }
        if let against = options.value("--against") {
            return try printRollout(against, result: result, folder: folder, options: options, in: context)
        }
        switch options.value("--format") ?? "text" {
        case "json": context.console.out(CanonicalJSON.string(plan.json))
        case "mermaid": context.console.out(plan.mermaid)
        case "dot": context.console.out(plan.dot)
        default: context.console.out(plan.text)
        }
        return ExitCode.success
    }

    /// `--against`: the phases instead of the plan; exit 1 when a hazard is refused.
    private static func printRollout(
        _ against: String, result: Pipeline.Result, folder: String, options: ParsedOptions, in context: Context
    ) throws(UsageError) -> Int32 {
        let format = options.value("--format") ?? "text"
        guard format != "dot" else { throw UsageError(message: "'--against' prints text, json or mermaid, not dot", command: spec) }
        guard let rollout = Against.rollout(against, result: result, outputFolder: folder, in: context) else { return ExitCode.failure }
        context.printDiagnostics(rollout.diagnostics)
        switch format {
        case "json": context.console.out(CanonicalJSON.string(rollout.json))
        case "mermaid": context.console.out(rollout.mermaid)
        default: context.console.out(rollout.text)
        }
        return rollout.isBlocked ? ExitCode.failure : ExitCode.success
    }
}
