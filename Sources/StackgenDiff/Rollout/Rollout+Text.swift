import StackgenEmit

extension Rollout {
    /// The phases for people: each phase's purpose and its plan.
    public var text: String {
        var lines: [String] = []
        guard !isBlocked else {
            let refused = hazards.filter(\.isRefused).count
            return "Rollout of '\(app)' against \(baseline): refused, \(refused) change\(refused == 1 ? "" : "s") cannot be rolled out safely (see the errors)\n"
        }
        let count = phases.count
        lines.append("Rollout of '\(app)' against \(baseline): \(count) phase\(count == 1 ? "" : "s"), run one after the other")
        for phase in phases {
            lines.append("")
            lines.append("== Phase \(phase.number) of \(count): \(phase.kind.rawValue) (\(phase.folder))")
            lines.append("   \(phase.purpose)")
            lines.append("")
            lines.append(contentsOf: phase.plan.text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map { $0.isEmpty ? "" : "  \($0)" })
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `plan --against … --format json`, version 1: the hazards and each phase's plan.
    public var json: JSONValue {
        .object([
            ("version", .integer(1)),
            ("app", .string(app)),
            ("baseline", .string(baseline)),
            ("ok", .boolean(!isBlocked)),
            ("hazards", .array(diagnostics.map(\.json))),
            (
                "phases",
                .array(
                    phases.map { phase in
                        .object([
                            ("number", .integer(phase.number)),
                            ("kind", .string(phase.kind.rawValue)),
                            ("purpose", .string(phase.purpose)),
                            ("folder", .string(phase.folder)),
                            ("plan", phase.plan.json),
                        ])
                    })
            ),
        ])
    }

    /// A Mermaid flowchart: one subgraph per phase, its steps in waves, phases in order.
    public var mermaid: String {
        var lines = ["flowchart LR"]
        for phase in phases {
            let ids = Dictionary(phase.plan.steps.enumerated().map { ($1.name, "p\(phase.number)s\($0 + 1)") }, uniquingKeysWith: { a, _ in a })
            lines.append("  subgraph phase\(phase.number)[\"Phase \(phase.number): \(phase.kind.rawValue)\"]")
            for step in phase.plan.steps {
                guard let id = ids[step.name] else { continue }
                let label = "\(step.name)<br/>wave \(step.wave)"
                lines.append(step.kind == .script ? "    \(id)[/\"\(label)\"/]" : "    \(id)[\"\(label)\"]")
            }
            for step in phase.plan.steps {
                for dependency in step.dependsOn {
                    guard let from = ids[dependency.name], let to = ids[step.name] else { continue }
                    lines.append("    \(from) --> \(to)")
                }
            }
            lines.append("  end")
        }
        for (earlier, later) in zip(phases, phases.dropFirst()) {
            lines.append("  phase\(earlier.number) ==> phase\(later.number)")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
