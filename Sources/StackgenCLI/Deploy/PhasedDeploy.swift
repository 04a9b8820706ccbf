import StackgenDeploy
import StackgenDiff
import StackgenEmit

/// `deploy --against DIR|deployed`: the rollout `plan --against` prints, run phase after
/// phase through the deploy engine. A change with nothing to plan around is a plain deploy;
/// a hazard without a safe phase plan is refused before anything is deployed.
enum PhasedDeploy {
    static let option = OptionSpec(
        "--against", value: "folder|deployed",
        help:
            "Roll out the change from an earlier synth's output folder, or from the deployed stacks, in phases that never break an export in use."
    )

    enum Start {
        /// The rollout ran, or was refused: the exit code.
        case finished(Int32)
        /// Nothing to plan around (or, with `--resume`, the last run was such a one):
        /// deploy the session's plan as `deploy` does.
        case plain(DeploySession)
    }

    static func start(_ against: String, _ options: ParsedOptions, in context: Context, command: CommandSpec, concurrency: Int)
        throws(UsageError) -> Start
    {
        guard options.all("--stack").isEmpty else {
            throw UsageError(message: "'--against' rolls out the whole app, so it does not take '--stack'", command: command)
        }
        if options.flag("--resume") {
            guard let session = try DeploySession.open(options, in: context, command: command, missingAssets: .error) else {
                return .finished(ExitCode.failure)
            }
            let folder = RolloutFolder(session: session)
            guard let phases = load(folder, in: context) else { return .finished(ExitCode.failure) }
            // No phase has a journal: the last run with '--against' deployed plainly.
            guard phases.contains(where: { $0.journal != nil }) else { return .plain(session) }
            guard folder.rememberedSynth == RolloutFolder.digest(of: session.result.files) else {
                context.console.err(
                    "\(context.console.paint("Error:", .red)) the app changed since its rollout was planned, so the phases on disk no longer lead to it\n"
                        + "  hint: run 'stackgen deploy --against \(against)' without --resume to plan the rollout again from where the stacks are now\n"
                )
                return .finished(ExitCode.failure)
            }
            return .finished(run(phases, session: session, against: against, options: options, in: context, concurrency: concurrency))
        }
        var planned: Rollout?
        // The rollout is planned before the new synth is written: the baseline may be the
        // output folder itself, and with 'deployed' its previous plan.json names removed stacks.
        let opened = try DeploySession.open(options, in: context, command: command, missingAssets: .error) { result, folder in
            guard let rollout = Against.rollout(against, result: result, outputFolder: folder, in: context) else { return false }
            context.printDiagnostics(rollout.diagnostics)
            guard !rollout.isBlocked else {
                context.console.err(
                    "deploy refused: the change cannot be rolled out safely (the errors above say what to do); nothing deployed\n")
                return false
            }
            planned = rollout
            return true
        }
        guard let session = opened, let rollout = planned else { return .finished(ExitCode.failure) }
        let folder = RolloutFolder(session: session)
        let dryRun = options.flag("--dry-run")
        if rollout.isPlain(comparedTo: session.plan) {
            if !dryRun { folder.forgetJournals() }
            return .plain(session)
        }
        do {
            _ = try Against.write(rollout, into: session.absoluteFolder, displayName: session.folder)
        } catch {
            context.console.err("\(context.console.paint("Error:", .red)) \(error.message)\n  hint: \(error.hint)\n")
            return .finished(error.isInternal ? ExitCode.internalError : ExitCode.failure)
        }
        if !dryRun {
            folder.forgetJournals()
            do throws(POSIX.Failure) {
                try folder.remember(synth: RolloutFolder.digest(of: session.result.files))
            } catch {
                context.console.err("warning: cannot write '\(folder.plannedFor)': \(error.reason); '--resume' will refuse this rollout\n")
            }
        }
        guard let phases = load(folder, in: context) else { return .finished(ExitCode.failure) }
        return .finished(run(phases, session: session, against: against, options: options, in: context, concurrency: concurrency))
    }

    private static func load(_ folder: RolloutFolder, in context: Context) -> [RolloutFolder.LoadedPhase]? {
        do throws(BaselineError) {
            return try folder.phases()
        } catch {
            Against.report(error, in: context)
            return nil
        }
    }

    private static func run(
        _ loaded: [RolloutFolder.LoadedPhase], session: DeploySession, against: String, options: ParsedOptions, in context: Context,
        concurrency: Int
    ) -> Int32 {
        let resume = options.flag("--resume")
        let live = DeploySession.isLive
        let settings = session.settings(options, in: context, live: live)
        var phases: [PhasedRun.Phase] = []
        for phase in loaded {
            var completed: Set<String> = []
            if resume, let journal = phase.journal {
                guard journal.plan == phase.digest else {
                    context.console.err(
                        "\(context.console.paint("Error:", .red)) the plan of \(phase.display) changed since its journal was written, so it cannot say what is done\n"
                            + "  hint: run 'stackgen deploy --against \(against)' without --resume; stacks that did not change come out unchanged\n"
                    )
                    return ExitCode.failure
                }
                completed = PhaseJournal.completed(in: phase.plan, by: journal)
            }
            let deletions = phase.plan.steps.compactMap { step in
                step.deletedStack.map { (step.name, PhasedRun.DeletedStack(name: $0.name, region: $0.region)) }
            }
            phases.append(
                PhasedRun.Phase(
                    label: label(phase, of: loaded.count), plan: phase.plan,
                    settings: settings.phase(
                        folder: phase.absolute, sourceRoot: AssetPath.joined(phase.absolute, phase.plan.sourceRoot),
                        stacksWithAssets: Set(phase.plan.assets.map(\.stack)),
                        keepPackaged: { [file = phase.journalFile] in file.keepPackaged($0, $1) }),
                    deletions: Dictionary(deletions, uniquingKeysWith: { first, _ in first }), completed: completed))
        }
        if options.flag("--dry-run") {
            context.console.out(RolloutDryRun.text(app: session.plan.app, against: against, phases: phases, concurrency: concurrency))
            return ExitCode.success
        }
        let commands = SpawnedProcesses()
        let review = options.flag("--review")
        let aws = DeploySession.aws(commands)
        func begin(_ index: Int) -> any DeployObserver {
            let phase = phases[index]
            let toRun = phase.plan.steps.filter { !phase.completed.contains($0.name) }.count
            context.console.out("\(phase.title): \(toRun) of \(phase.plan.steps.count) steps\n")
            let previous = loaded[index].journal.flatMap { resume && $0.plan == loaded[index].digest ? $0 : nil }
            return JournalingObserver(
                printer: ProgressPrinter(total: toRun, live: live && !review, write: context.console.out),
                journal: previous ?? Journal(app: session.plan.app, plan: loaded[index].digest), file: loaded[index].journalFile,
                console: context.console, journalName: PhaseJournal.journalName, label: "the phase's deploy journal")
        }
        let yes = options.flag("--yes")
        let confirm: (Int, Int) -> Bool = { _, wave in DeployCommand.confirm(wave, yes: yes, console: context.console) }
        let show: (String) -> Void = { context.console.out($0) }
        let rollout = PhasedRun(phases: phases, aws: aws, commands: commands, begin: begin, review: review ? (show, confirm) : nil)
        // Against the deployed stacks, importers outside the app were read with the baseline.
        if against != "deployed" {
            let app = Set(session.plan.steps.map(\.name) + phases.flatMap { $0.deletions.values.map(\.name) })
            guard noOutsideImporters(rollout.foreignImports(app: app), console: context.console) else { return ExitCode.failure }
        }
        let waiting = phases.filter { !$0.isDone }.count
        context.console.out(
            "Rolling out '\(session.plan.app)' against \(against): \(phases.count) phases one after the other"
                + (waiting < phases.count ? " (\(phases.count - waiting) done already)" : "") + ", up to \(concurrency) steps at once\n")
        let started = Clock.now()
        let report = rollout.run(concurrency: concurrency)
        return RolloutSummary(app: session.plan.app, against: against, phases: phases, report: report, console: context.console)
            .print(elapsed: Clock.now() - started, calls: commands.ledger.totals)
    }

    /// True when no stack outside the app imports from a stack the rollout deletes; else says
    /// which do (nothing is deployed). What could not be checked is a warning: CloudFormation
    /// itself refuses to delete a stack whose export is in use.
    private static func noOutsideImporters(_ check: (found: [Destroy.ForeignImport], unreadable: [String]), console: Console) -> Bool {
        for problem in check.unreadable {
            console.err("warning: cannot check who imports \(problem); a delete fails if a stack outside the app still imports it\n")
        }
        guard !check.found.isEmpty else { return true }
        var text = "\(console.paint("Error:", .red)) the rollout deletes stacks that stacks outside the app import from; nothing deployed\n"
        for use in check.found {
            text += "  '\(use.stack)' exports '\(use.export)', imported by \(use.importers.map { "'\($0)'" }.joined(separator: ", "))\n"
        }
        text += "  hint: move those stacks off the exports first, or keep the stacks in the app\n"
        console.err(text)
        return false
    }

    /// `phase 2 of 3 (update, out/rollout/phase-2-update)`.
    private static func label(_ phase: RolloutFolder.LoadedPhase, of count: Int) -> String {
        "phase \(phase.number) of \(count) (\(phase.kind), \(phase.display))"
    }
}
