import StackgenDeploy
import StackgenEmit

/// Prints progress and keeps a deploy journal on disk current after every finished step, so a
/// run that is killed can still be resumed: the plain deploy's journal, or a rollout phase's.
final class JournalingObserver: DeployObserver {
    let printer: ProgressPrinter
    private(set) var journal: Journal
    let file: JournalFile
    let console: Console
    /// The step's name as its journal line holds it.
    let journalName: (String) -> String
    /// What the warning calls the journal when it cannot be written.
    let label: String

    init(
        printer: ProgressPrinter, journal: Journal, file: JournalFile, console: Console,
        journalName: @escaping (String) -> String = { $0 }, label: String = "the deploy journal"
    ) {
        self.printer = printer
        self.journal = journal
        self.file = file
        self.console = console
        self.journalName = journalName
        self.label = label
    }

    func started(_ step: Plan.Step, at time: Double) { printer.started(step, at: time) }

    func finished(_ step: Plan.Step, outcome: StepOutcome, elapsed: Double) {
        switch outcome.result {
        case .failed(let status, let reason): journal.record(journalName(step.name), .failed(status: status, reason: reason))
        default: journal.record(journalName(step.name), .done(status: outcome.status))
        }
        do throws(OutputFailure) {
            try file.write(journal)
        } catch {
            console.err("warning: cannot write \(label): \(error.message)\n  hint: \(error.hint)\n")
        }
        printer.finished(step, outcome: outcome, elapsed: elapsed)
    }

    func tick(running: [(step: Plan.Step, since: Double, latest: String)], at time: Double) {
        printer.tick(running: running, at: time)
    }
}
