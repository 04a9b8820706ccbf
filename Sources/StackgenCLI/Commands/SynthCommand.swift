import StackgenCore
import StackgenDiff
import StackgenEmit
import StackgenPipeline

enum SynthCommand: Command {
    static let spec = CommandSpec(
        name: "synth", abstract: "Write the CloudFormation templates and plan.json of an app.",
        discussion: """
            Runs lower, resolve and emit. Writes only when no stage reported an error; a failed run \
            leaves the previous output as it was. Unchanged files are not rewritten, and templates of \
            stacks that no longer exist are removed.
            """,
        options: [
            .app,
            OptionSpec("--stack", value: "stack", help: "Write only this stack's template (repeatable).", repeats: true),
            OptionSpec("--out", value: "folder", help: "Output folder (default: stackgen.out/<app>)."),
            Against.option,
        ])

    static func run(_ options: ParsedOptions, in context: Context) throws(UsageError) -> Int32 {
        let app = try context.app(options, command: spec)
        let selected = options.all("--stack")
        let known = app.stacks.map(\.name)
        for name in selected where !known.contains(name) {
            let suggestion = Suggestion.phrase(for: name, in: known).map { "; \($0)" } ?? ""
            throw UsageError(message: "app '\(app.name)' has no stack '\(name)'\(suggestion)", command: spec)
        }
        let folder = options.value("--out") ?? "stackgen.out/\(app.name)"
        let result = Pipeline.compile(app, outputFolder: folder)
        context.printErrorsAndCountWarnings(result.diagnostics.sorted, app: app.name)
        guard result.succeeded else {
            context.console.err("synth failed: \(DiagnosticPrinter.summary(result.diagnostics.all)); nothing written\n")
            return ExitCode.failure
        }
        let files = selected.isEmpty
            ? result.files
            : result.files.filter { file in file.path == "plan.json" || selected.contains { "\($0).template.json" == file.path } }
        let path = folder.hasPrefix("/") ? folder : "\(context.workingDirectory)/\(folder)"
        let writer = OutputWriter(path: path, displayName: folder)
        // The baseline is read before anything is written: it may be this very folder.
        var rollout: Rollout?
        if let against = options.value("--against") {
            rollout = Against.rollout(against, result: result, outputFolder: folder, in: context)
            guard let rollout, !rollout.isBlocked else {
                context.printDiagnostics(rollout?.diagnostics ?? [])
                context.console.err("synth failed: the change cannot be rolled out safely; nothing written\n")
                return ExitCode.failure
            }
            context.printDiagnostics(rollout.diagnostics)
        }
        do {
            let report = try writer.write(files, prune: selected.isEmpty)
            var phases: [String] = []
            if let rollout { phases = try Against.write(rollout, into: path, displayName: folder) }
            var summary = "Synthesized '\(app.name)' into \(folder): \(report.written.count) written, \(report.unchanged.count) unchanged"
            if !report.removed.isEmpty { summary += ", \(report.removed.count) removed (\(report.removed.joined(separator: ", ")))" }
            if let rollout { summary += "; \(rollout.phases.count) rollout phases in \(folder)/rollout (\(phases.count) files written)" }
            context.console.out(summary + "\n")
            return ExitCode.success
        } catch {
            context.console.err("\(context.console.paint("Error:", .red)) \(error.message)\n  hint: \(error.hint)\n")
            return ExitCode.failure
        }
    }
}
