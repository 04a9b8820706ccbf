import StackgenCore
import StackgenEmit

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
        ])

    static func run(_ options: ParsedOptions, in context: Context) throws(UsageError) -> Int32 {
        let app = try context.app(options, command: spec)
        let result = Compiler.compile(app, outputFolder: options.value("--out") ?? "stackgen.out/\(app.name)", assets: context.assetInputs())
        context.printErrorsAndCountWarnings(result.diagnostics.sorted, app: app.name)
        guard let plan = result.plan else {
            context.console.err("plan failed: \(DiagnosticPrinter.summary(result.diagnostics.all))\n")
            return ExitCode.failure
        }
        switch options.value("--format") ?? "text" {
        case "json": context.console.out(CanonicalJSON.string(plan.json))
        case "mermaid": context.console.out(plan.mermaid)
        case "dot": context.console.out(plan.dot)
        default: context.console.out(plan.text)
        }
        return ExitCode.success
    }
}
