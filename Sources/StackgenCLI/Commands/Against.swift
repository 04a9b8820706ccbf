import StackgenCore
import StackgenDiff
import StackgenEmit
import StackgenPipeline

/// `--against`: the baseline a command compares the app with, and the app's new side read
/// back from its emitted files (so both sides are read the same way).
enum Against {
    static let option = OptionSpec(
        "--against", value: "folder",
        help: "Compare with an earlier synth's output folder (its plan.json and templates).")

    /// The facts a diff needs about resource types.
    static var facts: any ResourceFactsSource { RegistryFacts() }

    /// Reads the baseline named by `--against`, or prints why it cannot (exit 1).
    static func baseline(_ value: String, in context: Context) -> Baseline? {
        let folder = value.hasPrefix("/") ? value : "\(context.workingDirectory)/\(value)"
        do throws(BaselineError) {
            guard POSIX.kind(of: folder) == .folder else {
                throw BaselineError(
                    "no such folder", at: value,
                    hint: "'--against' takes the output folder of an earlier 'stackgen synth', e.g. one checked out from git")
            }
            return try Baseline.read(source: value, file: { POSIX.readFile("\(folder)/\($0)") }, parse: TemplateValue.parse)
        } catch {
            report(error, in: context)
            return nil
        }
    }

    /// The compiled app as a baseline of its own.
    static func newSide(_ result: Pipeline.Result, in context: Context) -> Baseline? {
        do throws(BaselineError) {
            return try Baseline.read(emitted: result.files, parse: TemplateValue.parse)
        } catch {
            // stackgen wrote these files itself a moment ago: not the user's mistake.
            context.console.err("internal error: cannot read back the emitted files (\(error)), please report\n")
            return nil
        }
    }

    static func report(_ error: BaselineError, in context: Context) {
        context.console.err("\(context.console.paint("Error:", .red)) \(error.location): \(error.message)\n  hint: \(error.hint)\n")
    }
}

extension Against {
    /// The rollout from the baseline named by `--against` to the compiled app, or nil
    /// (after printing why) when either side cannot be read.
    static func rollout(_ against: String, result: Pipeline.Result, outputFolder: String, in context: Context) -> Rollout? {
        guard let baseline = baseline(against, in: context), let new = newSide(result, in: context) else { return nil }
        let diff = Differ.diff(from: baseline, to: new, facts: facts)
        return RolloutPlanner.rollout(from: baseline, to: new, diff: diff, outputFolder: outputFolder)
    }

    /// Writes each phase's plan and templates under `<folder>/rollout/`, each phase folder
    /// owned as the output folder is (all at once or not at all); the files of phases an
    /// earlier rollout had and this one has not are removed the same way.
    static func write(_ rollout: Rollout, into path: String, displayName: String) throws(OutputWriter.Failure) -> [String] {
        var written: [String] = []
        for phase in rollout.phases {
            let writer = OutputWriter(path: "\(path)/\(phase.folder)", displayName: "\(displayName)/\(phase.folder)")
            let report = try writer.write(phase.files, prune: true)
            written += report.written.map { "\(phase.folder)/\($0)" }
        }
        let current = Set(rollout.phases.map(\.folder))
        for name in POSIX.entries(of: "\(path)/rollout") where name.hasPrefix("phase-") && !current.contains("rollout/\(name)") {
            let stale = OutputWriter(path: "\(path)/rollout/\(name)", displayName: "\(displayName)/rollout/\(name)")
            _ = try stale.write([], prune: true)
        }
        return written
    }
}
