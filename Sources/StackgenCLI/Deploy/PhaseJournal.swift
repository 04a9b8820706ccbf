import StackgenDeploy
import StackgenEmit

/// How a rollout phase's steps are named in its own deploy journal.
enum PhaseJournal {
    /// A journal line is split at spaces, so the step `delete <stack>` is written `delete:<stack>`
    /// (a stack name never holds a colon).
    static func journalName(_ step: String) -> String { step.replacing(" ", with: ":") }

    /// The steps of `plan` that `journal` says are done.
    static func completed(in plan: Plan, by journal: Journal) -> Set<String> {
        let done = journal.completed
        return Set(plan.steps.map(\.name).filter { done.contains(journalName($0)) })
    }
}
