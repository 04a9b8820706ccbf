import StackgenCore
import StackgenDeploy
import StackgenEmit

enum DeployCommand: Command {
    static let spec = CommandSpec(
        name: "deploy", abstract: "Deploy an app through the AWS CLI, each stack as soon as what it waits for is done.",
        discussion: """
            Synthesizes the app, then runs its plan with the AWS CLI found on PATH (your credentials, \
            profile, region settings and AWS_ENDPOINT_URL apply). Local code is packaged into the \
            region's artifact bucket ('stackgen bootstrap' makes it). After a failure the running \
            steps finish, nothing new starts, and '--resume' continues from the failed step.
            """,
        options: [
            .app, DeploySession.stackOption,
            OptionSpec("--concurrency", value: "n", help: "Steps running at once (default: 8)."),
            OptionSpec("--parameter", value: "name=value", help: "A value for a parameter the plan marks required (repeatable).", repeats: true),
            OptionSpec("--dry-run", help: "Print what would run, in order; call nothing."),
            OptionSpec("--resume", help: "Skip the steps the journal of the last run says are done."),
            OptionSpec("--review", help: "Per wave: create change sets, print their changes, execute after confirmation."),
            OptionSpec("--yes", help: "With --review: execute without asking (needed when not on a terminal)."),
            DeploySession.outOption, PhasedDeploy.option,
        ])

    static func run(_ options: ParsedOptions, in context: Context) throws(UsageError) -> Int32 {
        let concurrency = try concurrencyLimit(options)
        let opened: DeploySession?
        if let against = options.value("--against") {
            switch try PhasedDeploy.start(against, options, in: context, command: spec, concurrency: concurrency) {
            case .finished(let code): return code
            case .plain(let session): opened = session
            }
        } else {
            opened = try DeploySession.open(options, in: context, command: spec, missingAssets: .error)
        }
        guard let session = opened else { return ExitCode.failure }
        let plan = session.plan
        var completed: Set<String> = []
        var journal = Journal(app: plan.app, plan: session.planDigest)
        if options.flag("--resume") {
            guard let previous = session.journal.read() else {
                context.console.err("\(context.console.paint("Error:", .red)) no deploy journal in '\(session.folder)/.stackgen' to resume from\n  hint: run 'stackgen deploy' without --resume\n")
                return ExitCode.failure
            }
            guard previous.plan == session.planDigest else {
                context.console.err(
                    "\(context.console.paint("Error:", .red)) the plan changed since the journal was written, so it cannot say what is done\n  hint: run 'stackgen deploy' without --resume; stacks that did not change come out unchanged\n")
                return ExitCode.failure
            }
            journal = previous
            completed = previous.completed
        }
        let selected = options.all("--stack").isEmpty ? nil : Set(options.all("--stack"))
        let scheduler = Scheduler(steps: plan.steps, selected: selected, completed: completed)
        if options.flag("--dry-run") {
            context.console.out(DryRun.text(plan, scheduler: scheduler, concurrency: concurrency))
            return ExitCode.success
        }
        let live = DeploySession.isLive
        let settings = session.settings(options, in: context, live: live)
        let commands = SpawnedProcesses()
        let runner = CloudFormationRunner(aws: DeploySession.aws(commands), commands: commands, settings: settings)
        let toRun = plan.steps.filter { scheduler.states[$0.name] == .pending }.count
        context.console.out("Deploying '\(plan.app)': \(toRun) of \(plan.steps.count) steps, up to \(concurrency) at once\n")
        let printer = ProgressPrinter(total: toRun, live: live && !options.flag("--review"), write: context.console.out)
        let observer = JournalingObserver(printer: printer, journal: journal, file: session.journal, console: context.console)
        let started = Clock.now()
        let report: Executor.Report
        if options.flag("--review") {
            let review = ReviewRun(
                plan: plan, runner: runner, observer: observer, show: context.console.out,
                confirm: { wave in confirm(wave, yes: options.flag("--yes"), console: context.console) }
            ).run(scheduler, concurrency: concurrency)
            if let wave = review.declined {
                context.console.err("wave \(wave) was not executed; its change sets stay for inspection. Run again with --resume to review it again\n")
                return ExitCode.failure
            }
            report = review.report
        } else {
            report = Executor(plan: plan, runner: runner, observer: observer).run(scheduler, concurrency: concurrency)
        }
        return summarize(report, plan: plan, elapsed: Clock.now() - started, calls: commands.ledger.totals, context: context)
    }

    /// On a terminal, asks; elsewhere only `--yes` confirms.
    static func confirm(_ wave: Int, yes: Bool, console: Console) -> Bool {
        if yes { return true }
        guard POSIX.isTerminal(0) else {
            console.err("\(console.paint("Error:", .red)) not executing wave \(wave) without confirmation: not on a terminal\n  hint: pass --yes to execute reviewed change sets\n")
            return false
        }
        console.out("Execute the change sets of wave \(wave)? [y/N] ")
        let answer = readLine()?.trimmingPrefix(" ").lowercased() ?? ""
        return answer == "y" || answer == "yes"
    }

    static func concurrencyLimit(_ options: ParsedOptions) throws(UsageError) -> Int {
        guard let text = options.value("--concurrency") else { return 8 }
        guard let value = Int(text), value >= 1 else {
            throw UsageError(message: "option '--concurrency' needs a whole number of at least 1, not '\(text)'", command: spec)
        }
        return value
    }

    private static func summarize(
        _ report: Executor.Report, plan: Plan, elapsed: Double, calls: (calls: Int, seconds: Double), context: Context
    ) -> Int32 {
        let unchanged = report.outcomes.values.filter { $0.result == .unchanged }.count
        guard report.succeeded else {
            var text = "\(context.console.paint("Error:", .red)) deploy of '\(plan.app)' stopped after \(ProgressPrinter.seconds(elapsed))\n"
            for name in report.failed {
                if case .failed(let status, let reason)? = report.outcomes[name]?.result {
                    text += "  failed: \(name) \(status): \(reason)\n"
                }
            }
            if !report.neverStarted.isEmpty { text += "  never started: \(report.neverStarted.joined(separator: ", "))\n" }
            text += "  hint: fix the cause, then run 'stackgen deploy --app \(plan.app) --resume' to continue from the failed step\n"
            context.console.err(text)
            return ExitCode.failure
        }
        context.console.out(
            "Deployed '\(plan.app)': \(report.finished.count) steps in \(ProgressPrinter.seconds(elapsed))"
                + (unchanged > 0 ? ", \(unchanged) unchanged" : "")
                + " (\(calls.calls) AWS CLI and script processes, \(ProgressPrinter.seconds(calls.seconds)) in them)\n")
        return ExitCode.success
    }
}
