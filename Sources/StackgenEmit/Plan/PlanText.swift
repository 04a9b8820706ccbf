import StackgenResolver

extension Plan {
    /// The plan for people: waves, what each step waits for and why, and the commands.
    public var text: String {
        var lines: [String] = []
        let stackCount = steps.filter { $0.kind == .stack }.count
        let scriptCount = steps.count - stackCount
        var header = "Plan for '\(app)': \(stackCount) stack\(stackCount == 1 ? "" : "s") in \(stackWaves) wave\(stackWaves == 1 ? "" : "s")"
        if scriptCount > 0 {
            header += "; with \(scriptCount) script\(scriptCount == 1 ? "" : "s"), \(steps.count) steps in \(waves.count) waves"
        }
        lines.append(header + " (\(tenths(speedUp))x faster than one by one)")
        lines.append("Critical path: \(criticalPath.joined(separator: " → "))")
        let width = steps.map(\.name.count).max() ?? 0
        let byName = Dictionary(steps.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        for (index, wave) in waves.enumerated() {
            lines.append("")
            lines.append("Wave \(index + 1)")
            for name in wave {
                guard let step = byName[name] else { continue }
                let padding = String(repeating: " ", count: width - name.count)
                let place = step.kind == .script ? "script" : step.region ?? ""
                lines.append("  \(name)\(padding)  \(place)")
                for dependency in step.dependsOn {
                    lines.append("      after \(dependency.name): \(dependency.reasons.map(\.description).joined(separator: ", "))")
                }
                for parameter in step.parameters {
                    switch parameter.source {
                    case .output(let stack, let region, let key):
                        lines.append("      parameter \(parameter.name) ← \(stack).\(key) (\(region))")
                    case .required:
                        lines.append("      parameter \(parameter.name) has no default: pass it with --parameter-overrides")
                    case .given(let value):
                        lines.append("      parameter \(parameter.name) = \(value)")
                    case .defaultValue:
                        break
                    }
                }
                if !step.capabilities.isEmpty { lines.append("      capabilities: \(step.capabilities.joined(separator: " "))") }
                lines.append("      $ \(step.command)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func tenths(_ value: Double) -> String {
        let scaled = Int((value * 10).rounded())
        return "\(scaled / 10).\(scaled % 10)"
    }
}
