import StackgenDeploy
import StackgenEmit

/// A rollout phase's progress lines, and its own deploy journal kept current on disk after
/// every finished step (so a killed rollout resumes at the step it was at).
final class PhaseObserver: DeployObserver {
    let printer: ProgressPrinter
    private(set) var journal: Journal
    let file: JournalFile
    let console: Console

    init(printer: ProgressPrinter, journal: Journal, file: JournalFile, console: Console) {
        self.printer = printer
        self.journal = journal
        self.file = file
        self.console = console
    }

    /// A journal line is split at spaces, so the step `delete <stack>` is written `delete:<stack>`
    /// (a stack name never holds a colon).
    static func journalName(_ step: String) -> String { step.replacing(" ", with: ":") }

    /// The steps of `plan` that `journal` says are done.
    static func completed(in plan: Plan, by journal: Journal) -> Set<String> {
        let done = journal.completed
        return Set(plan.steps.map(\.name).filter { done.contains(journalName($0)) })
    }

    func started(_ step: Plan.Step, at time: Double) { printer.started(step, at: time) }

    func finished(_ step: Plan.Step, outcome: StepOutcome, elapsed: Double) {
        if case .failed(let status, let reason) = outcome.result {
            journal.record(Self.journalName(step.name), .failed(status: status, reason: reason))
        } else {
            journal.record(Self.journalName(step.name), .done(status: outcome.status))
        }
        do throws(OutputFailure) {
            try file.write(journal)
        } catch {
            console.err("warning: cannot write the phase's deploy journal: \(error.message)\n  hint: \(error.hint)\n")
        }
        printer.finished(step, outcome: outcome, elapsed: elapsed)
    }

    func tick(running: [(step: Plan.Step, since: Double, latest: String)], at time: Double) {
        printer.tick(running: running, at: time)
    }
}
