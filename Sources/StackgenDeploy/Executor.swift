import StackgenEmit

/// Runs a plan's steps with a `StepRunner`: each step on a thread of its own as soon as
/// the scheduler lets it start, at most `concurrency` at once. After the first failure
/// nothing new starts, and the steps already running finish.
public final class Executor: @unchecked Sendable {
    public struct Report: Sendable {
        public init(outcomes: [String: StepOutcome], finished: [String], failed: [String], neverStarted: [String]) {
            self.outcomes = outcomes
            self.finished = finished
            self.failed = failed
            self.neverStarted = neverStarted
        }

        public let outcomes: [String: StepOutcome]
        /// Steps that finished, in the order they finished.
        public let finished: [String]
        public let failed: [String]
        public let neverStarted: [String]

        public var succeeded: Bool { failed.isEmpty && neverStarted.isEmpty }
    }

    private let steps: [String: Plan.Step]
    private let runner: any StepRunner
    private let observer: any DeployObserver
    private let tickSeconds: Double
    private let monitor = Monitor()
    // Guarded by `monitor`.
    private var done: [(String, StepOutcome)] = []
    private var latest: [String: String] = [:]

    public init(plan: Plan, runner: any StepRunner, observer: any DeployObserver, tickSeconds: Double = 1) {
        steps = Dictionary(plan.steps.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        self.runner = runner
        self.observer = observer
        self.tickSeconds = tickSeconds
    }

    /// - Parameter outputs: outputs already known (none on a fresh run).
    public func run(_ scheduler: Scheduler, concurrency: Int, outputs known: [String: [String: String]] = [:]) -> Report {
        var scheduler = scheduler
        var outputs = known
        var outcomes: [String: StepOutcome] = [:]
        var finishedOrder: [String] = []
        var startedAt: [String: Double] = [:]
        while true {
            for name in scheduler.start(limit: concurrency) {
                guard let step = steps[name] else {
                    // A scheduler made from another plan: never leave a step "running" forever.
                    scheduler.finish(name, succeeded: false)
                    outcomes[name] = StepOutcome(.failed(status: "NOT_STARTED", reason: "the plan has no step '\(name)'"))
                    continue
                }
                let now = Clock.now()
                startedAt[name] = now
                observer.started(step, at: now)
                launch(step, known: outputs)
            }
            if scheduler.isFinished { break }
            let finished: [(String, StepOutcome)] = monitor.withLock {
                if done.isEmpty { monitor.wait(seconds: tickSeconds) }
                defer { done.removeAll() }
                return done
            }
            for (name, outcome) in finished {
                guard let step = steps[name] else { continue }
                scheduler.finish(name, succeeded: outcome.succeeded)
                outcomes[name] = outcome
                finishedOrder.append(name)
                if step.kind == .stack { outputs[name] = outcome.outputs }
                observer.finished(step, outcome: outcome, elapsed: Clock.now() - (startedAt[name] ?? Clock.now()))
            }
            let reports = monitor.withLock { latest }
            let running = scheduler.running.compactMap { name in
                steps[name].map { (step: $0, since: startedAt[name] ?? 0, latest: reports[name] ?? "") }
            }
            observer.tick(running: running, at: Clock.now())
        }
        return Report(outcomes: outcomes, finished: finishedOrder, failed: scheduler.failed, neverStarted: scheduler.neverStarted)
    }

    private func launch(_ step: Plan.Step, known: [String: [String: String]]) {
        let producers = step.dependsOn.compactMap { steps[$0.name] }.filter { $0.kind == .stack }
        Worker.start { [self] in
            var inputs: [String: [String: String]] = [:]
            for producer in producers {
                inputs[producer.name] = known[producer.name] ?? runner.outputs(of: producer.name, region: producer.region ?? "") ?? [:]
            }
            let name = step.name
            let outcome = runner.run(step, inputs: StepInputs(outputs: inputs) { [self] text in
                monitor.withLock { latest[name] = text }
            })
            monitor.withLock { done.append((name, outcome)) }
            monitor.signal()
        }
    }
}
