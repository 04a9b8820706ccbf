import StackgenEmit

/// Progress a person can follow: one line when a step starts and one when it ends, with
/// its elapsed time and status (`[3/13]` counts finished steps). On a terminal, the running
/// steps also get a live table under those lines, redrawn every tick; in CI (no terminal)
/// only the plain lines are written, so logs never fill with redraws.
public final class ProgressPrinter: DeployObserver {
    private let write: (String) -> Void
    private let live: Bool
    private let total: Int
    private var finished = 0
    private var tableLines = 0
    private let origin: Double

    public init(total: Int, live: Bool, write: @escaping (String) -> Void) {
        self.total = total
        self.live = live
        self.write = write
        origin = Clock.now()
    }

    public func started(_ step: Plan.Step, at time: Double) {
        let place = step.kind == .script ? "script" : step.region ?? ""
        emit("[\(finished)/\(total)] start \(step.name) (\(place), wave \(step.wave))")
    }

    public func finished(_ step: Plan.Step, outcome: StepOutcome, elapsed: Double) {
        finished += 1
        var line = "[\(finished)/\(total)] \(outcome.succeeded ? "done " : "FAILED") \(step.name) \(outcome.status) in \(Self.seconds(elapsed))"
        if case .failed(_, let reason) = outcome.result { line += "\n      reason: \(reason)" }
        emit(line)
    }

    public func tick(running: [(step: Plan.Step, since: Double, latest: String)], at time: Double) {
        guard live else { return }
        clearTable()
        guard !running.isEmpty else { return }
        let width = running.map(\.step.name.count).max() ?? 0
        var lines = ["  running (\(Self.seconds(time - origin)) so far):"]
        for entry in running {
            let padding = String(repeating: " ", count: width - entry.step.name.count)
            lines.append("  \(entry.step.name)\(padding)  \(Self.seconds(time - entry.since))  \(entry.latest)")
        }
        write(lines.joined(separator: "\n") + "\n")
        tableLines = lines.count
    }

    /// Plain lines go above the live table: erase it, print, and let the next tick redraw.
    private func emit(_ line: String) {
        clearTable()
        write(line + "\n")
    }

    private func clearTable() {
        guard live, tableLines > 0 else { return }
        write("\u{1B}[\(tableLines)A\u{1B}[J")
        tableLines = 0
    }

    public static func seconds(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)s"
    }
}
