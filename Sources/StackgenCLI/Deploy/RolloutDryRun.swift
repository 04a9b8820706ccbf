import StackgenDeploy
import StackgenEmit

/// `deploy --against … --dry-run`: each phase in order, with the order its steps would
/// start in (as `deploy --dry-run` prints a plan); nothing is deployed (against `deployed`,
/// the baseline was read from the live stacks).
enum RolloutDryRun {
    static func text(app: String, against: String, phases: [PhasedRun.Phase], concurrency: Int) -> String {
        var text =
            "Dry run of the rollout of '\(app)' against \(against): \(phases.count) phases, one after the other; nothing is deployed\n"
        for phase in phases {
            text += "\n\(phase.title)\n"
            guard !phase.isDone else {
                text += "done already\n"
                continue
            }
            let steps = phase.plan.steps.map { step in
                phase.deletions[step.name].map {
                    step.replacing(command: "delete stack \($0.name) in \($0.region) and wait until it is gone, as 'stackgen destroy' does")
                } ?? step
            }
            let plan = Plan(
                phase.plan.app, steps: steps, waves: phase.plan.waves, criticalPath: phase.plan.criticalPath, assets: phase.plan.assets)
            let lines = DryRun.text(plan, scheduler: Scheduler(steps: steps, completed: phase.completed), concurrency: concurrency)
            // Its first line names the app and the limit, said once above.
            text += lines.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).dropFirst().joined()
        }
        return text
    }
}

extension PhasedRun.Phase {
    /// The label as a line of its own: `Phase 2 of 3 (update, out/rollout/phase-2-update)`.
    var title: String { label.prefix(1).uppercased() + label.dropFirst() }
}
