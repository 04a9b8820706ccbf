extension Plan {
    /// The plan for people: waves, what each step waits for and why, and the commands.
    public var text: String {
        var lines: [String] = []
        let speed = String(Int((speedUp * 10).rounded()) / 10) + "." + String(Int((speedUp * 10).rounded()) % 10)
        lines.append("Plan for '\(app)': \(steps.count) steps in \(waves.count) waves (\(speed)x faster than one by one)")
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
                    lines.append("      after \(dependency.name): \(dependency.reasons.joined(separator: ", "))")
                }
                for parameter in step.parameters {
                    lines.append("      parameter \(parameter.name) ← \(parameter.fromStack).\(parameter.fromOutput) (\(parameter.fromRegion))")
                }
                if !step.capabilities.isEmpty { lines.append("      capabilities: \(step.capabilities.joined(separator: " "))") }
                lines.append("      $ \(step.command)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
