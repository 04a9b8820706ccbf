import StackgenEmit
import StackgenJSON

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A change set created for `deploy --review`: what it would change, before anything does.
public struct ChangeSetReview: Sendable {
    public struct Change: Sendable, Hashable {
        public let action: String
        public let logicalID: String
        public let type: String
        /// `True`, `False`, `Conditional`, or `-` where CloudFormation says nothing (an add).
        public let replacement: String
    }

    public enum State: Sendable {
        case changes([Change])
        case unchanged
        case failed(StepOutcome)
    }

    public let step: Plan.Step
    public let changeSet: String
    public let state: State
}

extension CloudFormationRunner {
    /// Creates the step's change set and waits until CloudFormation has worked it out.
    public func review(_ step: Plan.Step, inputs: StepInputs) -> ChangeSetReview {
        let region = step.region ?? ""
        let name = "stackgen-\(time(nil))"
        let prepared: Prepared
        switch prepare(step, inputs: inputs, body: nil) {
        case .success(let value): prepared = value
        case .failure(let failed): return ChangeSetReview(step: step, changeSet: name, state: .failed(failed.outcome))
        }
        let create = aws.call(
            ["cloudformation", "create-change-set", "--stack-name", step.name, "--change-set-name", name, "--change-set-type", prepared.exists ? "UPDATE" : "CREATE"]
                + prepared.arguments, region: region)
        guard create.succeeded else {
            return ChangeSetReview(step: step, changeSet: name, state: .failed(failure("REVIEW_FAILED", AWSCLI.message(create))))
        }
        let query = "{Status:Status,Reason:StatusReason,Changes:Changes[].ResourceChange.{Action:Action,Id:LogicalResourceId,Type:ResourceType,Replacement:Replacement}}"
        while true {
            let described = aws.call(["cloudformation", "describe-change-set", "--stack-name", step.name, "--change-set-name", name, "--query", query, "--output", "json"], region: region)
            guard described.succeeded, let node = try? JSONNode.parse(Array(described.stdout.utf8)), let status = node["Status"]?.string else {
                return ChangeSetReview(step: step, changeSet: name, state: .failed(failure("REVIEW_FAILED", AWSCLI.message(described))))
            }
            let reason = node["Reason"]?.string ?? ""
            switch status {
            case "CREATE_COMPLETE":
                let changes = (node["Changes"]?.array ?? []).map { change in
                    ChangeSetReview.Change(
                        action: change["Action"]?.string ?? "?", logicalID: change["Id"]?.string ?? "?", type: change["Type"]?.string ?? "?",
                        replacement: change["Replacement"]?.string ?? "-")
                }
                return ChangeSetReview(step: step, changeSet: name, state: .changes(changes))
            case "FAILED" where reason.contains("didn't contain changes") || reason.contains("No updates are to be performed"):
                _ = aws.call(["cloudformation", "delete-change-set", "--stack-name", step.name, "--change-set-name", name], region: region)
                return ChangeSetReview(step: step, changeSet: name, state: .unchanged)
            case "FAILED":
                return ChangeSetReview(step: step, changeSet: name, state: .failed(failure("REVIEW_FAILED", reason)))
            default:
                Clock.sleep(seconds: settings.pollSeconds)
            }
        }
    }

    /// Executes a reviewed change set and waits for the stack to settle.
    public func execute(_ review: ChangeSetReview, inputs: StepInputs) -> StepOutcome {
        let region = review.step.region ?? ""
        switch review.state {
        case .failed(let outcome): return outcome
        case .unchanged: return StepOutcome(.unchanged, outputs: aws.outputs(of: review.step.name, region: region) ?? [:])
        case .changes:
            let call = aws.call(["cloudformation", "execute-change-set", "--stack-name", review.step.name, "--change-set-name", review.changeSet], region: region)
            guard call.succeeded else { return failure("EXECUTE_FAILED", AWSCLI.message(call)) }
            return settle(review.step.name, region: region, inputs: inputs)
        }
    }
}

/// `deploy --review`: wave by wave, change sets for the wave's stacks, their changes as a
/// table, and only after confirmation the change sets are executed (and the wave's
/// scripts run). A wave that is not confirmed stops the run; nothing of it was applied.
public struct ReviewRun {
    let plan: Plan
    let runner: CloudFormationRunner
    let observer: any DeployObserver
    let show: (String) -> Void
    let confirm: (Int) -> Bool

    public init(plan: Plan, runner: CloudFormationRunner, observer: any DeployObserver, show: @escaping (String) -> Void, confirm: @escaping (Int) -> Bool) {
        self.plan = plan
        self.runner = runner
        self.observer = observer
        self.show = show
        self.confirm = confirm
    }

    /// `declined` is the wave that was not confirmed, if one was not.
    public func run(_ scheduler: Scheduler, concurrency: Int) -> (report: Executor.Report, declined: Int?) {
        let steps = Dictionary(plan.steps.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        var outputs: [String: [String: String]] = [:]
        var outcomes: [String: StepOutcome] = [:]
        var finished: [String] = []
        var failed: [String] = []
        for (index, wave) in plan.waves.enumerated() {
            let pending = wave.compactMap { steps[$0] }.filter { scheduler.states[$0.name] == .pending }
            guard !pending.isEmpty else { continue }
            let inputs = pending.map { step in StepInputs(outputs: producerOutputs(of: step, steps: steps, known: outputs)) }
            let work = Array(zip(pending, inputs))
            let runner = self.runner
            let reviews: [ChangeSetReview?] = work.concurrentMap(limit: concurrency) { step, inputs in
                step.kind == .stack ? runner.review(step, inputs: inputs) : nil
            }
            show(Self.table(wave: index + 1, reviews.compactMap { $0 }))
            let broken = reviews.compactMap { review -> (String, StepOutcome)? in
                if let review, case .failed(let outcome) = review.state { return (review.step.name, outcome) }
                return nil
            }
            guard broken.isEmpty else {
                for (name, outcome) in broken {
                    outcomes[name] = outcome
                    failed.append(name)
                    if let step = steps[name] { observer.finished(step, outcome: outcome, elapsed: 0) }
                }
                return (report(outcomes, finished, failed, scheduler), nil)
            }
            guard confirm(index + 1) else { return (report(outcomes, finished, failed, scheduler), index + 1) }
            let jobs = Array(zip(work, reviews))
            for (entry, _) in jobs { observer.started(entry.0, at: Clock.now()) }
            let results: [(String, StepOutcome, Double)] = jobs.concurrentMap(limit: concurrency) { entry, review in
                let started = Clock.now()
                let outcome = review.map { runner.execute($0, inputs: entry.1) } ?? runner.run(entry.0, inputs: entry.1)
                return (entry.0.name, outcome, Clock.now() - started)
            }
            for (name, outcome, elapsed) in results {
                outcomes[name] = outcome
                if outcome.succeeded { finished.append(name) } else { failed.append(name) }
                if steps[name]?.kind == .stack { outputs[name] = outcome.outputs }
                if let step = steps[name] { observer.finished(step, outcome: outcome, elapsed: elapsed) }
            }
            if !failed.isEmpty { break }
        }
        return (report(outcomes, finished, failed, scheduler), nil)
    }

    private func producerOutputs(of step: Plan.Step, steps: [String: Plan.Step], known: [String: [String: String]]) -> [String: [String: String]] {
        var inputs: [String: [String: String]] = [:]
        for dependency in step.dependsOn {
            guard let producer = steps[dependency.name], producer.kind == .stack else { continue }
            inputs[producer.name] = known[producer.name] ?? runner.outputs(of: producer.name, region: producer.region ?? "") ?? [:]
        }
        return inputs
    }

    private func report(_ outcomes: [String: StepOutcome], _ finished: [String], _ failed: [String], _ scheduler: Scheduler) -> Executor.Report {
        let touched = Set(finished + failed)
        let left = plan.steps.map(\.name).filter { scheduler.states[$0] == .pending && !touched.contains($0) }
        return Executor.Report(outcomes: outcomes, finished: finished, failed: failed, neverStarted: left)
    }

    static func table(wave: Int, _ reviews: [ChangeSetReview]) -> String {
        var rows: [[String]] = [["stack", "action", "logical id", "type", "replacement"]]
        for review in reviews {
            switch review.state {
            case .changes(let changes) where changes.isEmpty: rows.append([review.step.name, "(no resource changes)", "", "", ""])
            case .changes(let changes):
                for change in changes { rows.append([review.step.name, change.action, change.logicalID, change.type, change.replacement]) }
            case .unchanged: rows.append([review.step.name, "(unchanged)", "", "", ""])
            case .failed(let outcome): rows.append([review.step.name, "(review failed: \(outcome.status))", "", "", ""])
            }
        }
        let widths = (0..<5).map { column in rows.map { $0[column].count }.max() ?? 0 }
        let lines = rows.map { row in
            zip(row, widths).map { $0 + String(repeating: " ", count: $1 - $0.count) }.joined(separator: "  ").trimmed
        }
        return "Wave \(wave) change sets:\n" + lines.map { "  " + $0 }.joined(separator: "\n") + "\n"
    }
}
