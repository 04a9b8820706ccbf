import StackgenCore
import StackgenDeploy
import StackgenEmit
import StackgenPipeline

enum DestroyCommand: Command {
    static let spec = CommandSpec(
        name: "destroy", abstract: "Delete an app's stacks, consumers before the stacks they use.",
        discussion: """
            Deletes in reverse plan order, in parallel where the graph allows. Refuses, naming them, \
            when a stack outside the app imports one of the app's exports (CloudFormation would leave \
            the exporter half-deleted). Resources kept by 'DeletionPolicy: Retain' are listed at the end.
            """,
        options: [
            .app, DeploySession.stackOption,
            OptionSpec("--concurrency", value: "n", help: "Stacks deleted at once (default: 8)."),
            DeploySession.outOption,
        ])

    static func run(_ options: ParsedOptions, in context: Context) throws(UsageError) -> Int32 {
        let concurrency = try DeployCommand.concurrencyLimit(options)
        guard let session = try DeploySession.open(options, in: context, command: spec, missingAssets: .warning) else {
            return ExitCode.failure
        }
        let plan = Destroy.reversed(session.plan)
        let commands = SpawnedProcesses()
        let aws = DeploySession.aws(commands)
        let live = DeploySession.isLive
        let runner = CloudFormationRunner(aws: aws, commands: commands, settings: session.settings(options, in: context, live: live))
        let selected = options.all("--stack").isEmpty ? nil : Set(options.all("--stack"))
        let checked = selected.map { names in Plan(plan.app, steps: plan.steps.filter { names.contains($0.name) }, waves: []) } ?? plan
        context.console.out("Checking that no stack outside '\(plan.app)' imports its exports\n")
        let (foreign, unreadable) = Destroy.foreignImports(of: checked, aws: aws, limit: concurrency)
        guard foreign.isEmpty, unreadable.isEmpty else {
            var text = "\(context.console.paint("Error:", .red)) not destroying '\(plan.app)': nothing was deleted\n"
            for entry in foreign {
                text += "  export '\(entry.export)' of '\(entry.stack)' is imported by \(entry.importers.map { "'\($0)'" }.joined(separator: ", ")), outside the app\n"
            }
            for line in unreadable { text += "  cannot check \(line)\n" }
            text += "  hint: delete or change the importing stacks first\n"
            context.console.err(text)
            return ExitCode.failure
        }
        let retained = retainedResources(session.result)
        let destroyer = DestroyRunner(runner: runner, retained: retained)
        let scheduler = Scheduler(steps: plan.steps, selected: selected)
        let printer = ProgressPrinter(total: selected?.count ?? plan.steps.count, live: live, write: context.console.out)
        let started = Clock.now()
        let report = Executor(plan: plan, runner: destroyer, observer: printer).run(scheduler, concurrency: concurrency)
        let kept = destroyer.keptResources
        for step in plan.steps.reversed() {
            guard let names = kept[step.name], !names.isEmpty else { continue }
            context.console.out("kept by DeletionPolicy Retain in \(step.name): \(names.joined(separator: ", "))\n")
        }
        guard report.succeeded else {
            var text = "\(context.console.paint("Error:", .red)) destroy of '\(plan.app)' stopped\n"
            for name in report.failed {
                if case .failed(let status, let reason)? = report.outcomes[name]?.result { text += "  failed: \(name) \(status): \(reason)\n" }
            }
            if !report.neverStarted.isEmpty { text += "  not deleted: \(report.neverStarted.joined(separator: ", "))\n" }
            context.console.err(text)
            return ExitCode.failure
        }
        context.console.out("Destroyed '\(plan.app)': \(report.finished.count) stacks in \(ProgressPrinter.seconds(Clock.now() - started))\n")
        return ExitCode.success
    }

    private static func retainedResources(_ result: Pipeline.Result) -> [String: [(id: String, type: String)]] {
        var retained: [String: [(id: String, type: String)]] = [:]
        for stack in result.resolved?.stacks ?? [] {
            let kept = stack.resources.filter { $0.deletionPolicy == .retain }.map { (id: $0.logicalID, type: $0.type) }
            if !kept.isEmpty { retained[stack.name] = kept }
        }
        return retained
    }
}
