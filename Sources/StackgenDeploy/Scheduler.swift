import StackgenEmit

/// Which step may start next: a step is ready as soon as every step it waits for is done,
/// not when its whole wave is (a wave is only the earliest a step *could* start). Pure
/// state, so ordering, the concurrency limit, the stop after a failure and resuming are
/// tested without processes or threads.
public struct Scheduler: Sendable {
    public enum State: Sendable, Hashable {
        case pending, running, done, failed
    }

    public let order: [String]
    private let waitsFor: [String: [String]]
    public private(set) var states: [String: State]
    /// Set by the first failure: running steps finish, nothing new starts.
    public private(set) var stopped = false

    /// - Parameters:
    ///   - steps: in plan order (wave by wave), which breaks ties between ready steps.
    ///   - selected: the steps to run; the others count as done already (nil: all).
    ///   - completed: steps a previous run finished (`--resume`).
    public init(steps: [Plan.Step], selected: Set<String>? = nil, completed: Set<String> = []) {
        order = steps.map(\.name)
        waitsFor = Dictionary(steps.map { ($0.name, $0.dependsOn.map(\.name)) }, uniquingKeysWith: { first, _ in first })
        var states: [String: State] = [:]
        for step in steps {
            let skipped = selected.map { !$0.contains(step.name) } ?? false
            states[step.name] = completed.contains(step.name) || skipped ? .done : .pending
        }
        self.states = states
    }

    /// Steps that may start now, at most `limit - running`, marked running.
    public mutating func start(limit: Int) -> [String] {
        guard !stopped else { return [] }
        var free = max(limit, 1) - running.count
        var started: [String] = []
        for name in order where free > 0 && states[name] == .pending {
            let ready = (waitsFor[name] ?? []).allSatisfy { states[$0] == .done || states[$0] == nil }
            guard ready else { continue }
            states[name] = .running
            started.append(name)
            free -= 1
        }
        return started
    }

    public mutating func finish(_ name: String, succeeded: Bool) {
        states[name] = succeeded ? .done : .failed
        if !succeeded { stopped = true }
    }

    public var running: [String] { order.filter { states[$0] == .running } }

    /// Nothing runs and nothing more can start.
    public var isFinished: Bool {
        guard running.isEmpty else { return false }
        if stopped { return true }
        var copy = self
        return copy.start(limit: .max).isEmpty
    }

    /// The steps still pending when the run ended: after a failure, the ones it held back.
    public var neverStarted: [String] { order.filter { states[$0] == .pending } }
    public var failed: [String] { order.filter { states[$0] == .failed } }
}
