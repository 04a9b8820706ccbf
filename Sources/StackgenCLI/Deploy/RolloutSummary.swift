import StackgenDeploy

/// The closing lines of `deploy --against`: what was rolled out, or where it stopped and
/// how to continue.
struct RolloutSummary {
    let app: String
    let against: String
    let phases: [PhasedRun.Phase]
    let report: PhasedRun.Report
    let console: Console

    func print(elapsed: Double, calls: (calls: Int, seconds: Double)) -> Int32 {
        for stack in report.kept.keys.sorted() {
            console.out("kept by DeletionPolicy Retain in \(stack): \((report.kept[stack] ?? []).joined(separator: ", "))\n")
        }
        let ran = report.phases.compactMap { $0 }
        guard let index = report.stoppedIn, index < phases.count else {
            let steps = ran.reduce(0) { $0 + $1.finished.count }
            let unchanged = ran.flatMap { $0.outcomes.values }.filter { $0.result == .unchanged }.count
            console.out(
                "Rolled out '\(app)' against \(against): \(steps) steps in \(ran.count) of \(phases.count) phases in \(ProgressPrinter.seconds(elapsed))"
                    + (unchanged > 0 ? ", \(unchanged) unchanged" : "")
                    + " (\(calls.calls) AWS CLI and script processes, \(ProgressPrinter.seconds(calls.seconds)) in them)\n")
            return ExitCode.success
        }
        let phase = phases[index]
        if let wave = report.declinedWave {
            console.err(
                "wave \(wave) of \(phase.label) was not executed; its change sets stay for inspection. Run again with --resume to review it again\n"
            )
            return ExitCode.failure
        }
        var text =
            "\(console.paint("Error:", .red)) rollout of '\(app)' stopped in \(phase.label) after \(ProgressPrinter.seconds(elapsed))\n"
        if let stopped = report.phases[index] {
            for name in stopped.failed {
                if case .failed(let status, let reason)? = stopped.outcomes[name]?.result {
                    text += "  failed: \(name) \(status): \(reason)\n"
                }
            }
            if !stopped.neverStarted.isEmpty { text += "  never started: \(stopped.neverStarted.joined(separator: ", "))\n" }
        }
        let later = phases.dropFirst(index + 1).map(\.label)
        if !later.isEmpty { text += "  phases never started: \(later.joined(separator: "; "))\n" }
        text +=
            "  hint: fix the cause, then run 'stackgen deploy --app \(app) --against \(against) --resume' to continue from the failed step of phase \(index + 1)\n"
        console.err(text)
        return ExitCode.failure
    }
}
