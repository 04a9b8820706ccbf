/// What a deploy run leaves in the output folder (`.stackgen/deploy-journal.txt`) so
/// `--resume` continues where it stopped: the plan it ran (by digest) and how each step
/// ended. One line per step, readable by people and by `grep`.
public struct Journal: Sendable, Hashable {
    public enum Entry: Sendable, Hashable {
        case done(status: String)
        case failed(status: String, reason: String)
    }

    public static let header = "stackgen deploy journal, version 1"

    public var app: String
    /// `sha256:` of the plan.json the run executed.
    public var plan: String
    public private(set) var steps: [(name: String, entry: Entry)] = []

    public init(app: String, plan: String) {
        self.app = app
        self.plan = plan
    }

    public static func == (a: Journal, b: Journal) -> Bool { a.text == b.text }
    public func hash(into hasher: inout Hasher) { hasher.combine(text) }

    /// Records how a step ended, replacing what an earlier run said about it.
    public mutating func record(_ name: String, _ entry: Entry) {
        steps.removeAll { $0.name == name }
        steps.append((name, entry))
    }

    /// Steps that need no redeploying.
    public var completed: Set<String> {
        Set(steps.compactMap { if case .done = $0.entry { $0.name } else { nil } })
    }

    public var text: String {
        var lines = [Self.header, "app \(app)", "plan \(plan)"]
        for (name, entry) in steps {
            switch entry {
            case .done(let status): lines.append("done \(name) \(status)")
            case .failed(let status, let reason): lines.append("failed \(name) \(status) \(reason.replacing("\n", with: " "))")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Nil when the text is not a journal (another version, or damaged).
    public init?(text: String) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        guard lines.first == Self.header, lines.count >= 3, lines[1].hasPrefix("app "), lines[2].hasPrefix("plan ") else { return nil }
        app = String(lines[1].dropFirst(4))
        plan = String(lines[2].dropFirst(5))
        lines.removeFirst(3)
        for line in lines {
            let fields = line.split(separator: " ", maxSplits: 3, omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 3 else { return nil }
            switch fields[0] {
            case "done": record(fields[1], .done(status: fields[2]))
            case "failed": record(fields[1], .failed(status: fields[2], reason: fields.count > 3 ? fields[3] : ""))
            default: return nil
            }
        }
    }
}
