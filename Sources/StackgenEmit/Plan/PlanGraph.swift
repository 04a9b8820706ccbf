import StackgenResolver

extension Plan {
    /// A Mermaid flowchart (renders on GitHub): one subgraph per wave, scripts as
    /// parallelograms, each edge labelled with how many references made it.
    public var mermaid: String {
        var lines = ["flowchart LR"]
        let ids = nodeIDs
        let byName = stepsByName
        for (index, wave) in waves.enumerated() {
            lines.append("  subgraph wave\(index + 1)[\"Wave \(index + 1)\"]")
            for name in wave {
                guard let step = byName[name] else { continue }
                let label = step.kind == .script ? "\(name)<br/>script" : "\(name)<br/>\(step.region ?? "")"
                lines.append(step.kind == .script ? "    \(ids[name]!)[/\"\(label)\"/]" : "    \(ids[name]!)[\"\(label)\"]")
            }
            lines.append("  end")
        }
        for step in steps {
            for dependency in step.dependsOn {
                lines.append("  \(ids[dependency.name]!) -->|\(edgeLabel(dependency))| \(ids[step.name]!)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A Graphviz digraph, waves as ranks.
    public var dot: String {
        var lines = ["digraph \"\(app)\" {", "  rankdir=LR;", "  node [shape=box, fontname=\"Helvetica\"];"]
        let ids = nodeIDs
        let byName = stepsByName
        for (index, wave) in waves.enumerated() {
            lines.append("  subgraph cluster_wave\(index + 1) {")
            lines.append("    label=\"Wave \(index + 1)\";")
            for name in wave {
                guard let step = byName[name] else { continue }
                let shape = step.kind == .script ? ", shape=parallelogram" : ""
                let place = step.kind == .script ? "script" : step.region ?? ""
                lines.append("    \(ids[name]!) [label=\"\(name)\\n\(place)\"\(shape)];")
            }
            lines.append("  }")
        }
        for step in steps {
            for dependency in step.dependsOn {
                lines.append("  \(ids[dependency.name]!) -> \(ids[step.name]!) [label=\"\(edgeLabel(dependency))\"];")
            }
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    private var stepsByName: [String: Step] {
        Dictionary(steps.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Stable, syntax-safe node ids (`s1`, `s2`, …) in plan order.
    private var nodeIDs: [String: String] {
        Dictionary(uniqueKeysWithValues: steps.enumerated().map { ($1.name, "s\($0 + 1)") })
    }

    private func edgeLabel(_ dependency: Dependency) -> String {
        let count = dependency.reasons.count
        let onlyOrder = dependency.reasons.allSatisfy(\.isOrderingOnly)
        return onlyOrder ? "order" : "\(count) ref\(count == 1 ? "" : "s")"
    }
}
