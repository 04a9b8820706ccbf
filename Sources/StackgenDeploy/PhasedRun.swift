import StackgenEmit

/// A rollout as the deploy runs it (`deploy --against`): phases one after the other, each
/// an ordinary plan whose steps go through the executor (or `ReviewRun`), a stack that a
/// phase deletes through the destroy path. The first failure stops the rollout: the running
/// steps of its phase finish, nothing new starts, later phases never start.
public struct PhasedRun {
    public struct Phase: Sendable {
        /// For messages: `phase 2 of 3 (update)`.
        public let label: String
        public let plan: Plan
        /// Settings for this phase's folder (its templates, packaged templates, source root).
        public let settings: DeploySettings
        /// Steps that delete a stack, by step name.
        public let deletions: [String: DeletedStack]
        /// Steps a previous run finished (`--resume`).
        public let completed: Set<String>

        public init(label: String, plan: Plan, settings: DeploySettings, deletions: [String: DeletedStack], completed: Set<String> = []) {
            self.label = label
            self.plan = plan
            self.settings = settings
            self.deletions = deletions
            self.completed = completed
        }

        /// A previous run finished every step.
        public var isDone: Bool { plan.steps.allSatisfy { completed.contains($0.name) } }
    }

    public struct DeletedStack: Sendable, Hashable {
        public let name: String
        public let region: String

        public init(name: String, region: String) {
            self.name = name
            self.region = region
        }
    }

    public struct Report: Sendable {
        /// Per phase: nil when it was done already or never started.
        public let phases: [Executor.Report?]
        /// The phase (index) that failed or whose wave was not confirmed.
        public let stoppedIn: Int?
        /// With review: the wave of `stoppedIn` that was not confirmed.
        public let declinedWave: Int?
        /// Per deleted stack, the resources it kept on purpose (`DeletionPolicy: Retain`), as
        /// `destroy` lists them: `Table (AWS::DynamoDB::Table) orders-prod`.
        public let kept: [String: [String]]

        public var succeeded: Bool { stoppedIn == nil }
    }

    let phases: [Phase]
    let aws: AWSCLI
    let commands: any CommandRunner
    /// Called as a phase starts (not for phases done already): its observer.
    let begin: (Int) -> any DeployObserver
    /// With review: shows each wave's change sets, then asks (phase index, wave number).
    let review: (show: (String) -> Void, confirm: (Int, Int) -> Bool)?
    private let kept = KeptResources()

    public init(
        phases: [Phase], aws: AWSCLI, commands: any CommandRunner, begin: @escaping (Int) -> any DeployObserver,
        review: (show: (String) -> Void, confirm: (Int, Int) -> Bool)? = nil
    ) {
        self.phases = phases
        self.aws = aws
        self.commands = commands
        self.begin = begin
        self.review = review
    }

    public func run(concurrency: Int) -> Report {
        var reports: [Executor.Report?] = []
        for (index, phase) in phases.enumerated() {
            guard !phase.isDone else {
                reports.append(nil)
                continue
            }
            let observer = begin(index)
            let (report, declined) = run(phase, index: index, observer: observer, concurrency: concurrency)
            reports.append(report)
            if declined != nil || !report.succeeded {
                reports += Array(repeating: nil, count: phases.count - index - 1)
                return Report(phases: reports, stoppedIn: index, declinedWave: declined, kept: kept.all)
            }
        }
        return Report(phases: reports, stoppedIn: nil, declinedWave: nil, kept: kept.all)
    }

    private func run(_ phase: Phase, index: Int, observer: any DeployObserver, concurrency: Int) -> (Executor.Report, declined: Int?) {
        let plan: Plan
        switch resolvingOutsideOutputs(phase) {
        case .success(let resolved): plan = resolved
        case .failure(let failed):
            observer.finished(failed.step, outcome: failed.outcome, elapsed: 0)
            let left = phase.plan.steps.map(\.name).filter { !phase.completed.contains($0) && $0 != failed.step.name }
            return (
                Executor.Report(outcomes: [failed.step.name: failed.outcome], finished: [], failed: [failed.step.name], neverStarted: left),
                nil
            )
        }
        let runner = CloudFormationRunner(aws: aws, commands: commands, settings: phase.settings)
        let steps = PhaseStepRunner(runner: runner, deletions: phase.deletions, kept: kept)
        guard let review else {
            let scheduler = Scheduler(steps: plan.steps, completed: phase.completed)
            return (Executor(plan: plan, runner: steps, observer: observer).run(scheduler, concurrency: concurrency), nil)
        }
        return reviewed(phase, plan: plan, runner: runner, steps: steps, observer: observer, concurrency: concurrency) { wave in
            review.confirm(index, wave)
        } show: {
            review.show($0)
        }
    }

    /// Wave by wave: the wave's stacks and scripts through change sets, then its deletions
    /// (nothing to review: the stack goes) through the destroy path.
    private func reviewed(
        _ phase: Phase, plan: Plan, runner: CloudFormationRunner, steps: PhaseStepRunner, observer: any DeployObserver, concurrency: Int,
        confirm: @escaping (Int) -> Bool, show: @escaping (String) -> Void
    ) -> (Executor.Report, declined: Int?) {
        let all = Set(plan.steps.map(\.name))
        var outcomes: [String: StepOutcome] = [:]
        var finished: [String] = []
        var failed: [String] = []
        var declined: Int?
        func merge(_ report: Executor.Report) {
            outcomes.merge(report.outcomes) { _, new in new }
            finished += report.finished
            failed += report.failed
        }
        waves: for wave in plan.waves {
            let pending = wave.filter { !phase.completed.contains($0) }
            for group in [pending.filter { phase.deletions[$0] == nil }, pending.filter { phase.deletions[$0] != nil }] where !group.isEmpty
            {
                let scheduler = Scheduler(steps: plan.steps, completed: all.subtracting(group).union(phase.completed))
                if phase.deletions[group[0]] == nil {
                    let result = ReviewRun(plan: plan, runner: runner, observer: observer, show: show, confirm: confirm)
                        .run(scheduler, concurrency: concurrency)
                    merge(result.report)
                    declined = result.declined
                } else {
                    merge(Executor(plan: plan, runner: steps, observer: observer).run(scheduler, concurrency: concurrency))
                }
                if declined != nil || !failed.isEmpty { break waves }
            }
        }
        let left = plan.steps.map(\.name).filter { !phase.completed.contains($0) && outcomes[$0] == nil }
        return (Executor.Report(outcomes: outcomes, finished: finished, failed: failed, neverStarted: left), declined)
    }

    struct Unresolved: Error {
        let step: Plan.Step
        let outcome: StepOutcome
    }

    /// A parameter filled from a stack outside the phase (the prepare phase's importers take
    /// the producer's current value) is read once, before the phase starts, and given as a
    /// value: inside the phase nothing waits for that stack.
    func resolvingOutsideOutputs(_ phase: Phase) -> Result<Plan, Unresolved> {
        let inside = Set(phase.plan.steps.map(\.name))
        var read: [String: [String: String]] = [:]
        var steps: [Plan.Step] = []
        for step in phase.plan.steps {
            var parameters: [Plan.Parameter] = []
            for parameter in step.parameters {
                guard case .output(let stack, let region, let key) = parameter.source, !inside.contains(stack),
                    !phase.completed.contains(step.name)
                else {
                    parameters.append(parameter)
                    continue
                }
                let outputs = read[stack] ?? aws.outputs(of: stack, region: region) ?? [:]
                read[stack] = outputs
                guard let value = outputs[key] else {
                    let reason = "stack '\(stack)' has no output '\(key)' for parameter '\(parameter.name)'"
                    return .failure(Unresolved(step: step, outcome: StepOutcome(.failed(status: "READ_FAILED", reason: reason))))
                }
                parameters.append(Plan.Parameter(parameter.name, source: .given(value)))
            }
            steps.append(step.replacing(parameters: parameters))
        }
        var plan = Plan(
            phase.plan.app, steps: steps, waves: phase.plan.waves, criticalPath: phase.plan.criticalPath, assets: phase.plan.assets)
        plan.sourceRoot = phase.plan.sourceRoot
        return .success(plan)
    }
}

/// A phase's steps: stack deletions through the destroy path (resources the stack retains
/// are named, with their physical ids), everything else as a deploy runs it.
final class PhaseStepRunner: StepRunner, @unchecked Sendable {
    let runner: CloudFormationRunner
    let deletions: [String: PhasedRun.DeletedStack]
    let kept: KeptResources

    init(runner: CloudFormationRunner, deletions: [String: PhasedRun.DeletedStack], kept: KeptResources) {
        self.runner = runner
        self.deletions = deletions
        self.kept = kept
    }

    func run(_ step: Plan.Step, inputs: StepInputs) -> StepOutcome {
        guard let stack = deletions[step.name] else { return runner.run(step, inputs: inputs) }
        let target = Plan.Step(
            stack.name, kind: .stack, region: stack.region, account: step.account, wave: step.wave, template: nil, dependsOn: [],
            capabilities: [], parameters: [], command: step.command)
        let destroy = DestroyRunner(
            runner: runner, retained: [stack.name: runner.aws.retainedResources(of: stack.name, region: stack.region)])
        let outcome = destroy.run(target, inputs: inputs)
        if let names = destroy.keptResources[stack.name], !names.isEmpty { kept.record(names, of: stack.name) }
        return outcome
    }

    func outputs(of stack: String, region: String) -> [String: String]? { runner.outputs(of: stack, region: region) }
}

/// What the deleted stacks of a rollout kept, gathered from the threads that deleted them.
final class KeptResources: @unchecked Sendable {
    private let lock = Monitor()
    // Guarded by `lock`.
    private var byStack: [String: [String]] = [:]

    func record(_ names: [String], of stack: String) { lock.withLock { byStack[stack] = names } }
    var all: [String: [String]] { lock.withLock { byStack } }
}
