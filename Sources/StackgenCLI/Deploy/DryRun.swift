import StackgenDeploy
import StackgenEmit

/// `deploy --dry-run`: the order the scheduler would start steps in if each took the same
/// time, with what each would do; nothing is called.
enum DryRun {
    static func text(_ plan: Plan, scheduler: Scheduler, concurrency: Int) -> String {
        var scheduler = scheduler
        let steps = Dictionary(plan.steps.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let skipped = plan.steps.filter { scheduler.states[$0.name] == .done }.map(\.name)
        var lines = ["Dry run of '\(plan.app)': up to \(concurrency) at once; nothing is called"]
        if !skipped.isEmpty { lines.append("done already or not selected: \(skipped.joined(separator: ", "))") }
        let assets = Set(plan.assets.map(\.stack))
        var round = 1
        while true {
            let batch = scheduler.start(limit: concurrency)
            guard !batch.isEmpty else { break }
            lines.append("round \(round)")
            for name in batch {
                guard let step = steps[name] else { continue }
                switch step.kind {
                case .script:
                    lines.append("  run \(name): \(step.command)")
                case .stack:
                    let package = assets.contains(name) ? "package local artifacts, then " : ""
                    let sources = step.parameters.compactMap { parameter -> String? in
                        guard case .output(let stack, let region, let key) = parameter.source else { return nil }
                        return "\(parameter.name) ← \(stack).\(key) (\(region))"
                    }
                    lines.append("  \(package)create or update \(name) in \(step.region ?? "")" + (sources.isEmpty ? "" : "; \(sources.joined(separator: ", "))"))
                }
                scheduler.finish(name, succeeded: true)
            }
            round += 1
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
