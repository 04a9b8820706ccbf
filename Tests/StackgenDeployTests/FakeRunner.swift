import StackgenDeploy
import StackgenEmit

#if canImport(Glibc)
import Glibc
#endif

/// A step runner that only sleeps and keeps a log: which steps started and ended when,
/// how many ran at once, and which outputs each step was given.
final class FakeRunner: StepRunner, @unchecked Sendable {
    struct Event: Equatable { let step: String; let start: Bool }

    private let lock = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private let durations: [String: Double]
    private let failing: Set<String>
    private(set) var events: [Event] = []
    private(set) var inputs: [String: [String: [String: String]]] = [:]
    private(set) var outputLookups: [String] = []
    private var running = 0
    private(set) var mostAtOnce = 0

    init(durations: [String: Double] = [:], failing: Set<String> = []) {
        self.durations = durations
        self.failing = failing
        pthread_mutex_init(lock, nil)
    }

    private func locked<T>(_ body: () -> T) -> T {
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        return body()
    }

    func run(_ step: Plan.Step, inputs given: StepInputs) -> StepOutcome {
        locked {
            events.append(Event(step: step.name, start: true))
            inputs[step.name] = given.outputs
            running += 1
            mostAtOnce = max(mostAtOnce, running)
        }
        Clock.sleep(seconds: durations[step.name] ?? 0.02)
        locked {
            events.append(Event(step: step.name, start: false))
            running -= 1
        }
        if failing.contains(step.name) {
            return StepOutcome(.failed(status: "CREATE_FAILED", reason: "Queue (AWS::SQS::Queue) CREATE_FAILED: boom"))
        }
        return StepOutcome(.succeeded(status: "CREATE_COMPLETE"), outputs: ["Name": "\(step.name)-value"])
    }

    func outputs(of stack: String, region: String) -> [String: String]? {
        locked { outputLookups.append(stack) }
        return ["Name": "\(stack)-deployed"]
    }

    var started: [String] { locked { events.filter(\.start).map(\.step) } }

    func index(_ step: String, start: Bool) -> Int? {
        locked { events.firstIndex(of: Event(step: step, start: start)) }
    }
}

/// Keeps what the executor reported, in order.
final class RecordingObserver: DeployObserver {
    var lines: [String] = []
    func started(_ step: Plan.Step, at time: Double) { lines.append("start \(step.name)") }
    func finished(_ step: Plan.Step, outcome: StepOutcome, elapsed: Double) { lines.append("end \(step.name) \(outcome.status)") }
}

enum Plans {
    static func step(_ name: String, wave: Int, after: [String] = [], kind: Plan.Step.Kind = .stack) -> Plan.Step {
        Plan.Step(
            name, kind: kind, region: kind == .stack ? "eu-west-1" : nil, wave: wave, template: kind == .stack ? "\(name).template.json" : nil,
            dependsOn: after.map { Plan.Dependency($0) }, command: "deploy \(name)")
    }

    /// Wave 1: a (slow), b, c; wave 2: d after b, e after a; wave 3: f after d and e.
    static let diamond = Plan(
        "drill",
        steps: [
            step("a", wave: 1), step("b", wave: 1), step("c", wave: 1), step("d", wave: 2, after: ["b"]),
            step("e", wave: 2, after: ["a"]), step("f", wave: 3, after: ["d", "e"]),
        ],
        waves: [["a", "b", "c"], ["d", "e"], ["f"]])
}
