import StackgenEmit

/// Hears what the executor does, always on the executor's own thread and in order, so a
/// renderer never needs a lock.
public protocol DeployObserver: AnyObject {
    func started(_ step: Plan.Step, at time: Double)
    func finished(_ step: Plan.Step, outcome: StepOutcome, elapsed: Double)
    /// Called about once a second while steps run, with each running step's latest report.
    func tick(running: [(step: Plan.Step, since: Double, latest: String)], at time: Double)
}

extension DeployObserver {
    public func tick(running: [(step: Plan.Step, since: Double, latest: String)], at time: Double) {}
}
