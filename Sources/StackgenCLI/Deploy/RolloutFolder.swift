import StackgenDeploy
import StackgenDiff
import StackgenEmit

/// The phases of the last rollout in `<out>/rollout/phase-<n>-<kind>/`, as `deploy --against`
/// (or `synth --against`) wrote them, each with a deploy journal of its own in its
/// `.stackgen/` folder. `--resume` runs what is on disk: with `--against deployed` the
/// live stacks have moved on since the rollout was planned, so planning again would not
/// give the phases the journals speak of.
struct RolloutFolder {
    struct LoadedPhase {
        let number: Int
        let kind: String
        /// `out/rollout/phase-2-update`, for messages.
        let display: String
        let absolute: String
        let plan: Plan
        /// `sha256:` of the phase's plan.json.
        let digest: String
        let journalFile: JournalFile
        /// The journal an earlier run left; nil when there is none.
        let journal: Journal?
    }

    let absolute: String
    let display: String
    /// `<out>/.stackgen/rollout.txt`: the synth the phases were planned for.
    let plannedFor: String

    init(session: DeploySession) {
        absolute = "\(session.absoluteFolder)/rollout"
        display = "\(session.folder)/rollout"
        plannedFor = "\(session.journal.folder)/rollout.txt"
    }

    /// `sha256:` of every file of a synth, names and bytes in order.
    static func digest(of files: [EmittedFile]) -> String {
        "sha256:" + ContentDigest.sha256(files.map { "\($0.path)\n\($0.contents.utf8.count)\n\($0.contents)" }.joined())
    }

    /// Records which synth the phases on disk lead to, so `--resume` refuses once the app changed.
    func remember(synth digest: String) throws(POSIX.Failure) {
        let temporary = "\(plannedFor).stackgen-\(POSIX.processID()).tmp"
        try POSIX.writeFile(temporary, Array("stackgen rollout, version 1\nsynth \(digest)\n".utf8))
        try POSIX.rename(temporary, to: plannedFor)
    }

    /// The synth digest `remember` wrote; nil when there is none.
    var rememberedSynth: String? {
        let lines = POSIX.readFile(plannedFor).map { String(decoding: $0, as: UTF8.self) }?.split(separator: "\n") ?? []
        guard lines.first == "stackgen rollout, version 1", lines.count > 1, lines[1].hasPrefix("synth ") else { return nil }
        return String(lines[1].dropFirst("synth ".count))
    }

    /// The phase folders that hold a plan.json, in phase order (a phase the last rollout did
    /// not have keeps its folder but not its files).
    func phases() throws(BaselineError) -> [LoadedPhase] {
        var found: [LoadedPhase] = []
        for name in POSIX.entries(of: absolute) {
            let parts = name.split(separator: "-", maxSplits: 2).map(String.init)
            guard parts.count == 3, parts[0] == "phase", let number = Int(parts[1]) else { continue }
            let folder = "\(absolute)/\(name)"
            guard let bytes = POSIX.readFile("\(folder)/plan.json") else { continue }
            let display = "\(self.display)/\(name)"
            let plan = try Plan(reading: try TemplateValue.parse(bytes, file: "\(display)/plan.json"), source: display)
            let file = JournalFile(outputFolder: folder)
            do throws(POSIX.Failure) {
                try file.prepare()
            } catch {
                throw BaselineError(
                    "cannot prepare the phase's '.stackgen' folder for its deploy journal: \(error.reason)", at: display,
                    hint: "'.stackgen' in a phase folder is stackgen's own; remove whatever is in its place and deploy again")
            }
            found.append(
                LoadedPhase(
                    number: number, kind: parts[2], display: display, absolute: folder, plan: plan,
                    digest: "sha256:" + ContentDigest.sha256(String(decoding: bytes, as: UTF8.self)), journalFile: file,
                    journal: file.read()))
        }
        return found.sorted { $0.number < $1.number }
    }

    /// A fresh run starts every phase's journal afresh: an old one must not make `--resume`
    /// skip a phase of this run.
    func forgetJournals() {
        for name in POSIX.entries(of: absolute) where name.hasPrefix("phase-") {
            let file = JournalFile(outputFolder: "\(absolute)/\(name)")
            // `prepare` refuses a `.stackgen` that is a link: never remove a file through one.
            guard POSIX.kind(of: file.path) != .missing, (try? file.prepare()) != nil else { continue }
            _ = POSIX.remove(file.path)
        }
    }
}
