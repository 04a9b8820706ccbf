import StackgenCore
import StackgenDeploy
import StackgenEmit
import StackgenPipeline

/// What deploy and destroy share: the app compiled with its assets checked, the output
/// written (deploy runs what it just synthesized), and the settings for the AWS CLI runner.
struct DeploySession {
    let app: App
    let result: Pipeline.Result
    let plan: Plan
    let planDigest: String
    let folder: String
    let absoluteFolder: String
    let journal: JournalFile

    static let outOption = OptionSpec("--out", value: "folder", help: "Output folder (default: stackgen.out/<app>).")
    static let stackOption = OptionSpec(
        "--stack", value: "stack", help: "Only this stack or script step (repeatable); the others count as deployed.", repeats: true)

    /// Nil after printing why (diagnostics with errors, or an unwritable output folder).
    /// - Parameter inspect: sees the compiled app (and the output folder's name) before
    ///   anything is written, e.g. to read the previous synth there; false stops (it said why).
    static func open(
        _ options: ParsedOptions, in context: Context, command: CommandSpec, missingAssets: Diagnostic.Severity,
        inspect: (Pipeline.Result, String) -> Bool = { _, _ in true }
    ) throws(UsageError) -> DeploySession? {
        let app = try context.app(options, command: command)
        // Script steps can be named too: a partial deploy may want the scripts that follow it.
        let known = app.stacks.map(\.name) + app.scripts.map(\.name)
        for name in options.all("--stack") where !known.contains(name) {
            let suggestion = Suggestion.phrase(for: name, in: known).map { "; \($0)" } ?? ""
            throw UsageError(message: "app '\(app.name)' has no stack '\(name)'\(suggestion)", command: command)
        }
        let folder = options.value("--out") ?? "stackgen.out/\(app.name)"
        let result = Pipeline.compile(app, outputFolder: folder, assets: context.assetInputs(missing: missingAssets))
        context.printErrorsAndCountWarnings(result.diagnostics.sorted, app: app.name)
        guard result.succeeded, let plan = result.plan else {
            context.console.err("\(command.name) failed: \(DiagnosticPrinter.summary(result.diagnostics.all)); nothing deployed\n")
            return nil
        }
        guard inspect(result, folder) else { return nil }
        let absolute = folder.hasPrefix("/") ? folder : "\(context.workingDirectory)/\(folder)"
        do {
            _ = try OutputWriter(path: absolute, displayName: folder).write(result.files, prune: false)
            try JournalFile(outputFolder: absolute).prepare()
        } catch let error as OutputWriter.Failure {
            context.console.err("\(context.console.paint("Error:", .red)) \(error.message)\n  hint: \(error.hint)\n")
            return nil
        } catch {
            context.console.err("\(context.console.paint("Error:", .red)) cannot prepare '\(folder)/.stackgen' for the deploy journal\n")
            return nil
        }
        let planText = result.files.first { $0.path == "plan.json" }?.contents ?? ""
        return DeploySession(
            app: app, result: result, plan: plan, planDigest: "sha256:" + ContentDigest.sha256(planText), folder: folder,
            absoluteFolder: absolute, journal: JournalFile(outputFolder: absolute))
    }

    func settings(_ options: ParsedOptions, in context: Context, live: Bool) -> DeploySettings {
        var parameters: [String: String] = [:]
        for pair in options.all("--parameter") {
            guard let equals = pair.firstIndex(of: "=") else { continue }
            parameters[String(pair[..<equals])] = String(pair[pair.index(after: equals)...])
        }
        let sourceRoot = plan.sourceRoot.hasPrefix("/") ? plan.sourceRoot : "\(absoluteFolder)/\(plan.sourceRoot)"
        let poll = POSIX.environment("STACKGEN_POLL_SECONDS").flatMap(Double.init) ?? 2
        return DeploySettings(
            app: app.name, outputFolder: absoluteFolder, packagedFolder: journal.packagedFolder, sourceRoot: sourceRoot,
            stacksWithAssets: Set(plan.assets.map(\.stack)), parameters: parameters, pollSeconds: poll, liveEvents: live,
            readFile: { POSIX.readFile($0) })
    }

    /// The live table needs a terminal on stdout and no CI.
    static var isLive: Bool {
        POSIX.isTerminal(1) && (POSIX.environment("CI") ?? "").isEmpty && (POSIX.environment("TERM") ?? "dumb") != "dumb"
    }

    static func aws(_ commands: any CommandRunner) -> AWSCLI {
        AWSCLI(program: "aws", commands: commands)
    }
}
