import StackgenCore
import StackgenEmit

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
        let result = Compiler.compile(app, outputFolder: folder, assets: context.assetInputs())
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
        do {
            let report = try writer.write(files, prune: selected.isEmpty)
            var summary = "Synthesized '\(app.name)' into \(folder): \(report.written.count) written, \(report.unchanged.count) unchanged"
            if !report.removed.isEmpty { summary += ", \(report.removed.count) removed (\(report.removed.joined(separator: ", ")))" }
            context.console.out(summary + "\n")
            return ExitCode.success
        } catch {
            context.console.err("\(context.console.paint("Error:", .red)) \(error.message)\n  hint: \(error.hint)\n")
            return ExitCode.failure
        }
    }
}
