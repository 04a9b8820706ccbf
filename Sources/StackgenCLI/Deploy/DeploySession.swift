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
        let absolute = folder.hasPrefix("/") ? folder : "\(context.workingDirectory)/\(folder)"
        let idle = notDeployed(options, known: known, journal: JournalFile(outputFolder: absolute))
        let result = Pipeline.compile(app, outputFolder: folder, assets: context.assetInputs(missing: missingAssets, notDeployed: idle))
        // Missing code of a stack this run leaves out is a warning, but one a person deploying
        // should read: it says which stack cannot be deployed as it stands.
        context.printErrorsAndCountWarnings(result.diagnostics.sorted, app: app.name, showing: [.missingAsset])
        guard result.succeeded, let plan = result.plan else {
            context.console.err("\(command.name) failed: \(DiagnosticPrinter.summary(result.diagnostics.all)); nothing deployed\n")
            return nil
        }
        guard inspect(result, folder) else { return nil }
        do {
            _ = try OutputWriter(path: absolute, displayName: folder).write(result.files, prune: false)
        } catch {
            context.console.err("\(context.console.paint("Error:", .red)) \(error.message)\n  hint: \(error.hint)\n")
            return nil
        }
        let planText = result.files.first { $0.path == "plan.json" }?.contents ?? ""
        return DeploySession(
            app: app, result: result, plan: plan, planDigest: "sha256:" + ContentDigest.sha256(planText), folder: folder,
            absoluteFolder: absolute, journal: JournalFile(outputFolder: absolute, displayName: folder))
    }

    /// The steps this run will not deploy, whose missing code is therefore no error: those
    /// `--stack` left out, and with `--resume` those the journal says are done (a journal of
    /// another plan is refused later, before anything runs).
    static func notDeployed(_ options: ParsedOptions, known: [String], journal: JournalFile) -> Set<String> {
        let picked = options.all("--stack")
        var idle = picked.isEmpty ? [] : Set(known).subtracting(picked)
        if options.flag("--resume"), let previous = journal.read() { idle.formUnion(previous.completed) }
        return idle
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
            app: app.name, outputFolder: absoluteFolder, sourceRoot: sourceRoot,
            stacksWithAssets: Set(plan.assets.map(\.stack)), parameters: parameters, pollSeconds: poll, liveEvents: live,
            readFile: { POSIX.readFile($0) }, keepPackaged: { [journal] in journal.keepPackaged($0, $1) })
    }

    /// The live table needs a terminal on stdout and no CI.
    static var isLive: Bool {
        POSIX.isTerminal(1) && (POSIX.environment("CI") ?? "").isEmpty && (POSIX.environment("TERM") ?? "dumb") != "dumb"
    }

    static func aws(_ commands: any CommandRunner) -> AWSCLI {
        AWSCLI(program: "aws", commands: commands)
    }
}
