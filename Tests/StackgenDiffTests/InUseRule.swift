import StackgenDiff
import StackgenEmit

/// CloudFormation's export-in-use rule, replayed over templates in memory: an update may
/// not remove or change an export another deployed stack imports, a stack may not be
/// deleted while its exports are imported, and every import must find its export.
struct InUseRule {
    private(set) var deployed: [String: StackSnapshot]
    let facts: any ResourceFactsSource
    private(set) var violations: [String] = []

    init(_ baseline: Baseline, facts: any ResourceFactsSource) {
        deployed = Dictionary(baseline.stacks.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        self.facts = facts
    }

    /// Runs a plan's steps in order: stacks from `files` (the phase's templates), deletions
    /// for `delete <stack>` steps; other scripts do nothing here.
    mutating func run(_ plan: Plan, files: [EmittedFile]) throws {
        for step in plan.steps {
            if step.kind == .script {
                if step.name.hasPrefix("delete ") { delete(String(step.name.dropFirst("delete ".count))) }
                continue
            }
            guard let path = step.template, let region = step.region, let file = files.first(where: { $0.path == path }) else { continue }
            let template = try TemplateValue.parse(Array(file.contents.utf8), file: path)
            update(StackSnapshot(name: step.name, region: region, account: nil, template: template))
        }
    }

    mutating func update(_ stack: StackSnapshot) {
        for name in stack.imports where exporter(of: name, excluding: nil) == nil {
            violations.append("'\(stack.name)' imports '\(name)', which no deployed stack exports")
        }
        if let before = deployed[stack.name] {
            let replaced = replacedResources(from: before, to: stack)
            for output in before.outputs {
                guard let name = output.exportName else { continue }
                let users = importers(of: name, excluding: stack.name)
                guard !users.isEmpty else { continue }
                if let now = stack.outputs.first(where: { $0.exportName == name }) {
                    if now.value != output.value || !now.value.referencedNames.isDisjoint(with: replaced) {
                        violations.append("updating '\(stack.name)' changes export '\(name)' in use by \(users)")
                    }
                } else {
                    violations.append("updating '\(stack.name)' removes export '\(name)' in use by \(users)")
                }
            }
        }
        deployed[stack.name] = stack
    }

    mutating func delete(_ name: String) {
        guard let stack = deployed[name] else { return }
        for export in stack.outputs.compactMap(\.exportName) {
            let users = importers(of: export, excluding: name)
            if !users.isEmpty { violations.append("deleting '\(name)' removes export '\(export)' in use by \(users)") }
        }
        deployed[name] = nil
    }

    private func importers(of export: String, excluding name: String) -> [String] {
        deployed.values.filter { $0.name != name && $0.imports.contains(export) }.map(\.name).sorted()
    }

    private func exporter(of export: String, excluding name: String?) -> String? {
        deployed.values.first { $0.name != name && $0.outputs.contains { $0.exportName == export } }?.name
    }

    private func replacedResources(from before: StackSnapshot, to after: StackSnapshot) -> Set<String> {
        let empty = Plan("x", steps: [], waves: [], criticalPath: [])
        let diff = Differ.diff(
            from: Baseline(source: "", plan: empty, stacks: [before]), to: Baseline(source: "", plan: empty, stacks: [after]), facts: facts)
        return diff.stack(named: after.name)?.replaced ?? []
    }
}
