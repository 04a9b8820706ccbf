import StackgenCore
import StackgenDiff
import StackgenEmit
import StackgenPipeline

/// `--against`: the baseline a command compares the app with, and the app's new side read
/// back from its emitted files (so both sides are read the same way).
enum Against {
    static let option = OptionSpec(
        "--against", value: "folder|deployed",
        help: "Compare with an earlier synth's output folder (its plan.json and templates), or with the deployed stacks.")

    /// The facts a diff needs about resource types.
    static var facts: any ResourceFactsSource { RegistryFacts() }

    /// Reads the baseline named by `--against`, or prints why it cannot (exit 1).
    /// `deployed` reads the live stacks: the new version's, and those of the previous synth
    /// in `outputFolder` (so a stack removed from the app is found); any other value is a
    /// folder (`./deployed` for a folder of that name).
    static func baseline(_ value: String, new: Baseline, outputFolder: String, in context: Context) -> Baseline? {
        do throws(BaselineError) {
            if value == "deployed" {
                // The previous synth's steps first: they match what was deployed (its capabilities
                // are the ones an importer's old template needs in the prepare phase).
                var candidates: [Plan.Step] = []
                let previous = outputFolder.hasPrefix("/") ? outputFolder : "\(context.workingDirectory)/\(outputFolder)"
                if let bytes = POSIX.readFile("\(previous)/plan.json"),
                    let plan = try? Plan(reading: try TemplateValue.parse(bytes, file: "plan.json"), source: outputFolder)
                {
                    candidates = plan.steps
                }
                candidates += new.plan.steps
                return try DeployedReader(calls: AWSProcess()).read(app: new.plan.app, candidates: candidates)
            }
            let folder = value.hasPrefix("/") ? value : "\(context.workingDirectory)/\(value)"
            guard POSIX.kind(of: folder) == .folder else {
                throw BaselineError(
                    "no such folder", at: value,
                    hint: "'--against' takes the output folder of an earlier 'stackgen synth' (e.g. one checked out from git), or 'deployed'")
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
        guard let new = newSide(result, in: context), let baseline = baseline(against, new: new, outputFolder: outputFolder, in: context) else {
            return nil
        }
        let diff = Differ.diff(from: baseline, to: new, facts: facts)
        // Local code a baseline folder's templates name is relative to that folder.
        let absolute = { (path: String) in path.hasPrefix("/") ? path : "\(context.workingDirectory)/\(path)" }
        let baselineFolder = against == "deployed" ? nil : AssetPath.relative(from: absolute(outputFolder), to: absolute(against))
        return RolloutPlanner.rollout(from: baseline, to: new, diff: diff, outputFolder: outputFolder, baselineFolder: baselineFolder)
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
        let current = Set(rollout.phases.map { $0.folder.split(separator: "/").last.map(String.init) ?? "" })
        // A phase that is gone keeps its folder but loses the files stackgen wrote there (its
        // manifest says which); anything else in it is the user's.
        for name in POSIX.entries(of: "\(path)/rollout") where name.hasPrefix("phase-") && !current.contains(name) {
            let stale = OutputWriter(path: "\(path)/rollout/\(name)", displayName: "\(displayName)/rollout/\(name)")
            _ = try stale.write([], prune: true)
        }
        return written
    }
}
