import StackgenCore
import StackgenDiff
import StackgenEmit
import StackgenPipeline

enum SynthCommand: Command {
    static let spec = CommandSpec(
        name: "synth", abstract: "Write the CloudFormation templates and plan.json of an app.",
        discussion: """
            Runs lower, resolve and emit, and writes only when no stage reported an error. The whole \
            set of files changes at once: a failed or killed run leaves the previous set as it was. \
            stackgen replaces and removes only the files its manifest (in <folder>/.stackgen) lists; a \
            file of another origin where it would write stops the run before anything is written.
            """,
        options: [
            .app,
            OptionSpec("--stack", value: "stack", help: "Write only this stack's template (repeatable).", repeats: true),
            OutputFolderOption.spec,
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
        let folder = try OutputFolderOption.folder(options, app: app.name, command: spec)
        let path = folder.hasPrefix("/") ? folder : "\(context.workingDirectory)/\(folder)"
        try OutputFolderOption.checkWritable(folder, path: path, command: spec)
        let result = Pipeline.compile(app, outputFolder: folder)
        if let code = context.reportInternalErrors(result.internalErrors) { return code }
        context.printErrorsAndCountWarnings(result.diagnostics.sorted, app: app.name)
        guard result.succeeded else {
            context.console.err("synth failed: \(DiagnosticPrinter.summary(result.diagnostics.all)); nothing written\n")
            return ExitCode.failure
        }
        let files = selected.isEmpty
            ? result.files
            : result.files.filter { file in file.path == "plan.json" || selected.contains { "\($0).template.json" == file.path } }
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
            for name in report.kept {
                context.console.err("note: kept '\(name)': it was replaced outside stackgen since the last synth, so it is yours now\n")
            }
            return ExitCode.success
        } catch {
            context.console.err("\(context.console.paint("Error:", .red)) \(error.message)\n  hint: \(error.hint)\n")
            return ExitCode.failure
        }
    }
}
