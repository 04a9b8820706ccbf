import StackgenCore
import StackgenDiff
import StackgenEmit
import StackgenPipeline

enum DiffCommand: Command {
    static let spec = CommandSpec(
        name: "diff", abstract: "Show what changes between an earlier synth and the app as it is now.",
        discussion: """
            Per stack: resources added, removed and changed with the property paths that changed, \
            replacements (a create-only property changed), and what happens to removed or replaced \
            resources (kept by a retain policy, or stateful and lost). Stacks added and removed. \
            Exports added, removed, renamed and changed in value, with the stacks that import them \
            before and after. The json format is version 1 of the diff contract in README.md.
            """,
        options: [
            .app,
            Against.option,
            OptionSpec("--format", value: "format", help: "text or json (default: text).", allowedValues: ["text", "json"]),
        ])

    static func run(_ options: ParsedOptions, in context: Context) throws(UsageError) -> Int32 {
        let app = try context.app(options, command: spec)
        guard let against = options.value("--against") else {
            throw UsageError(message: "'diff' needs '--against <folder|deployed>'", command: spec)
        }
        let result = Pipeline.compile(app, outputFolder: "stackgen.out/\(app.name)")
        context.printErrorsAndCountWarnings(result.diagnostics.sorted, app: app.name)
        guard result.succeeded else {
            context.console.err("diff failed: \(DiagnosticPrinter.summary(result.diagnostics.all))\n")
            return ExitCode.failure
        }
        guard let new = Against.newSide(result, in: context) else { return ExitCode.internalError }
        guard let baseline = Against.baseline(against, new: new, outputFolder: "stackgen.out/\(app.name)", in: context) else {
            return ExitCode.failure
        }
        let diff = Differ.diff(from: baseline, to: new, facts: Against.facts)
        context.console.out(options.value("--format") == "json" ? CanonicalJSON.string(diff.json) : diff.text)
        return ExitCode.success
    }
}
