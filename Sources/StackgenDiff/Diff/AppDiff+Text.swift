extension AppDiff {
    /// The diff for people: per stack, `+` added, `-` removed, `~` changed and `!` replaced
    /// resources with the paths that changed; then the exports.
    public var text: String {
        let added = stacks.filter { $0.status == .added }.count
        let removed = stacks.filter { $0.status == .removed }.count
        let changed = stacks.count - added - removed
        var lines = [
            "Diff of '\(app)' against \(baseline): \(changed) stack\(changed == 1 ? "" : "s") changed, \(added) added, \(removed) removed; "
                + "\(exports.count) export change\(exports.count == 1 ? "" : "s")"
        ]
        if isEmpty { lines.append("No changes.") }
        for stack in stacks {
            lines.append("")
            lines.append("stack \(stack.name) (\(stack.region)): \(stack.status.rawValue)")
            let width = stack.resources.map(\.logicalID.count).max() ?? 0
            for resource in stack.resources {
                let padding = String(repeating: " ", count: width - resource.logicalID.count)
                let flags = resource.flags.isEmpty ? "" : "  [\(resource.flags.joined(separator: "; "))]"
                lines.append("  \(resource.marker) \(resource.logicalID)\(padding)  \(resource.type)\(flags)")
                for path in resource.paths { lines.append("      \(path)") }
                for reason in resource.replacement ?? [] { lines.append("      replaced: \(reason)") }
            }
            if stack.status == .changed {
                if !stack.outputs.isEmpty { lines.append("  outputs changed: \(stack.outputs.joined(separator: ", "))") }
                if !stack.parameters.isEmpty { lines.append("  parameters changed: \(stack.parameters.joined(separator: ", "))") }
            }
        }
        if !exports.isEmpty {
            lines.append("")
            lines.append("exports")
            for export in exports { lines.append(contentsOf: export.lines) }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension ResourceChange {
    public var marker: String {
        if replacement != nil { return "!" }
        switch kind {
        case .added: return "+"
        case .removed: return "-"
        case .changed: return "~"
        }
    }

    /// What a reviewer must not miss: a replacement, and what happens to the old resource.
    public var flags: [String] {
        var flags: [String] = []
        if replacement != nil { flags.append("replaced") }
        guard losesPhysicalResource else { return flags }
        if let retainPolicy {
            let policy = kind == .removed ? "DeletionPolicy" : "UpdateReplacePolicy"
            flags.append("old resource kept by \(policy): \(retainPolicy)")
        } else if stateful {
            flags.append("stateful: its data is deleted")
        }
        return flags
    }
}

extension ExportChange {
    var lines: [String] {
        let importers = "imported before by \(Self.list(importersBefore)), after by \(Self.list(importersAfter))"
        switch kind {
        case .added:
            return ["  + \(name) (\(region)) from \(producerAfter ?? "?"): \(importers)"]
        case .removed:
            return ["  - \(name) (\(region)) from \(producerBefore ?? "?"): \(importers)"]
        case .renamed(let from):
            return ["  ~ \(from) → \(name) (\(region)) from \(producerAfter ?? "?"), same value: \(importers)"]
        case .changed(let reason):
            return ["  ! \(name) (\(region)) from \(producerAfter ?? "?"): \(reason)", "      \(importers)"]
        }
    }

    static func list(_ names: [String]) -> String {
        names.isEmpty ? "none" : names.joined(separator: ", ")
    }
}
