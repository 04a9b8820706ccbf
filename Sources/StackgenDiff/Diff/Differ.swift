/// Compares two baselines: stacks, resources (with replacement), outputs and exports.
public enum Differ {
    public static func diff(from old: Baseline, to new: Baseline, facts: any ResourceFactsSource) -> AppDiff {
        // An export whose value changes changes every resource that imports it, which may
        // replace that resource and change the importer's own exports: repeat until stable.
        var changedExports: Set<String> = []
        var result = diff(from: old, to: new, facts: facts, changedExports: changedExports)
        for _ in 0...new.stacks.count {
            let changed = Set(result.exports.filter { if case .changed = $0.kind { true } else { false } }.map(\.name))
            guard changed != changedExports else { break }
            changedExports = changed
            result = diff(from: old, to: new, facts: facts, changedExports: changedExports)
        }
        return result
    }

    private static func diff(from old: Baseline, to new: Baseline, facts: any ResourceFactsSource, changedExports: Set<String>) -> AppDiff {
        var stacks: [StackDiff] = []
        for stack in new.stacks {
            if let before = old.stack(named: stack.name), before.region == stack.region {
                let diff = StackDiffer(old: before, new: stack, facts: facts, changedImports: changedExports).diff()
                if !diff.resources.isEmpty || !diff.outputs.isEmpty || !diff.parameters.isEmpty { stacks.append(diff) }
            } else {
                stacks.append(whole(stack, status: .added, facts: facts))
            }
        }
        for stack in old.stacks where !new.stacks.contains(where: { $0.name == stack.name && $0.region == stack.region }) {
            stacks.append(whole(stack, status: .removed, facts: facts))
        }
        let replaced = Dictionary(stacks.map { ($0.name, $0.replaced) }, uniquingKeysWith: { first, _ in first })
        let exports = ExportDiffer(old: old, new: new, replaced: replaced).changes()
        return AppDiff(app: new.plan.app, baseline: old.source, stacks: stacks, exports: exports)
    }

    /// A stack that only one side has: all of its resources added or removed.
    private static func whole(_ stack: StackSnapshot, status: StackDiff.Status, facts: any ResourceFactsSource) -> StackDiff {
        let kind: ResourceChange.Kind = status == .added ? .added : .removed
        let resources = stack.resources.map { resource in
            ResourceChange(
                logicalID: resource.logicalID, type: resource.type, kind: kind, paths: [], replacement: nil,
                retainPolicy: kind == .removed ? StackDiffer.retaining(resource.deletionPolicy) : nil,
                stateful: facts.isStateful(resource.type))
        }
        return StackDiff(
            name: stack.name, region: stack.region, status: status, resources: resources, outputs: stack.outputs.map(\.key),
            parameters: (stack.template["Parameters"]?.fields ?? []).map(\.key))
    }
}

/// One stack that both sides have.
struct StackDiffer {
    let old: StackSnapshot
    let new: StackSnapshot
    let facts: any ResourceFactsSource
    /// Exports this stack may import whose value changes.
    let changedImports: Set<String>

    func diff() -> StackDiff {
        var paths: [String: [String]] = [:]
        var reasons: [String: [String]] = [:]
        let common = new.resources.filter { old.resource($0.logicalID) != nil }
        for resource in common {
            guard let before = old.resource(resource.logicalID) else { continue }
            paths[resource.logicalID] = ValuePaths.differences(before.definition, resource.definition)
            if before.type != resource.type {
                reasons[resource.logicalID, default: []].append("Type changes from '\(before.type)'")
            }
            let createOnly = facts.createOnlyProperties(of: resource.type)
            for path in paths[resource.logicalID] ?? [] {
                if let property = ValuePaths.touches(path, createOnly: createOnly) {
                    reasons[resource.logicalID, default: []].append("\(path) changes and '\(property)' is create-only")
                }
            }
        }
        propagateReplacement(through: common, paths: &paths, reasons: &reasons)
        var changes: [ResourceChange] = []
        for resource in new.resources {
            guard old.resource(resource.logicalID) != nil else {
                changes.append(change(resource, kind: .added, paths: [], reasons: nil))
                continue
            }
            let changed = paths[resource.logicalID] ?? []
            guard !changed.isEmpty else { continue }
            changes.append(change(resource, kind: .changed, paths: changed, reasons: reasons[resource.logicalID]))
        }
        for resource in old.resources where new.resource(resource.logicalID) == nil {
            changes.append(change(resource, kind: .removed, paths: [], reasons: nil))
        }
        return StackDiff(
            name: new.name, region: new.region, status: .changed, resources: changes, outputs: changedOutputs(),
            parameters: changedParameters())
    }

    /// A resource that uses a replaced one (or imports a value that changes) gets a new
    /// value wherever it uses it; where that is a create-only property, it is replaced too,
    /// and so on (as `cdk diff` does).
    private func propagateReplacement(
        through common: [ResourceSnapshot], paths: inout [String: [String]], reasons: inout [String: [String]]
    ) {
        var replaced = Set(reasons.keys)
        var grew = true
        while grew {
            grew = false
            for resource in common {
                let uses = ValuePaths.uses(of: replaced, imports: changedImports, in: resource.properties, at: "Properties", stack: new)
                let fresh = uses.filter { !(paths[resource.logicalID] ?? []).contains($0) }
                paths[resource.logicalID, default: []].append(contentsOf: fresh)
                guard !replaced.contains(resource.logicalID) else { continue }
                let createOnly = facts.createOnlyProperties(of: resource.type)
                for path in uses {
                    guard let property = ValuePaths.touches(path, createOnly: createOnly) else { continue }
                    let names = resource.properties.referencedNames.intersection(replaced).sorted().map { "'\($0)'" }
                    let imports = Set(resource.properties.importedExportNames(stack: new.name, region: new.region).compactMap { $0 })
                        .intersection(changedImports).sorted().map { "'\($0)'" }
                    let cause = names.isEmpty ? "imports \(imports.joined(separator: ", ")), which changes" : "uses \(names.joined(separator: ", ")), which is replaced"
                    reasons[resource.logicalID, default: []].append("\(path) \(cause), and '\(property)' is create-only")
                }
                if reasons[resource.logicalID] != nil {
                    replaced.insert(resource.logicalID)
                    grew = true
                }
            }
        }
        for key in paths.keys { paths[key] = Array(Set(paths[key] ?? [])).sorted() }
    }

    private func change(_ resource: ResourceSnapshot, kind: ResourceChange.Kind, paths: [String], reasons: [String]?) -> ResourceChange {
        let policy: String? =
            switch kind {
            case .removed: Self.retaining(resource.deletionPolicy)
            case .changed where reasons != nil: Self.retaining(resource.updateReplacePolicy)
            default: nil
            }
        return ResourceChange(
            logicalID: resource.logicalID, type: resource.type, kind: kind, paths: paths, replacement: reasons, retainPolicy: policy,
            stateful: facts.isStateful(resource.type))
    }

    /// The policies that keep the old physical resource.
    static func retaining(_ policy: String?) -> String? {
        guard let policy, ["Retain", "RetainExceptOnDelete", "Snapshot"].contains(policy) else { return nil }
        return policy
    }

    private func changedOutputs() -> [String] {
        let before = Dictionary(old.outputs.map { ($0.key, $0.definition) }, uniquingKeysWith: { first, _ in first })
        let after = Dictionary(new.outputs.map { ($0.key, $0.definition) }, uniquingKeysWith: { first, _ in first })
        return Set(before.keys).union(after.keys).filter { before[$0] != after[$0] }.sorted()
    }

    private func changedParameters() -> [String] {
        let before = Dictionary((old.template["Parameters"]?.fields ?? []).map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
        let after = Dictionary((new.template["Parameters"]?.fields ?? []).map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
        return Set(before.keys).union(after.keys).filter { before[$0] != after[$0] }.sorted()
    }
}
