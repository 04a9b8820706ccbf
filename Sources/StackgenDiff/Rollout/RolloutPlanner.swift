import StackgenResolver

/// Finds the changes CloudFormation refuses while an export is imported, and picks for
/// each the least disruptive way around it: importers first where no other edge of the
/// new version contradicts that order; else the producer keeps the old export for a phase
/// (removed exports) or the importers take the value as a parameter first (changed values);
/// else refuse and say what to do.
public enum RolloutPlanner {
    /// - Parameters:
    ///   - outputFolder: the folder the phases are written under, as the user named it; their
    ///     deploy commands read templates from `<outputFolder>/rollout/…`.
    ///   - baselineFolder: a baseline folder relative to the output folder (or absolute), so
    ///     local code its templates name is found from a phase's folder; nil for deployed stacks.
    public static func rollout(from old: Baseline, to new: Baseline, diff: AppDiff, outputFolder: String, baselineFolder: String? = nil) -> Rollout {
        var state = PlannerState(old: old, new: new, diff: diff)
        state.orderMovedExports()
        state.planStackRemovals()
        state.planExportChanges()
        let phases = state.hazards.contains(where: \.isRefused) ? [] : PhaseBuilder(state: state, outputFolder: outputFolder, baselineFolder: baselineFolder).phases()
        return Rollout(app: new.plan.app, baseline: old.source, hazards: state.hazards, phases: phases)
    }
}

/// What the planner decided so far: the update phase's graph, the exports kept, the
/// imports pinned.
struct PlannerState {
    let old: Baseline
    let new: Baseline
    let diff: AppDiff
    /// Baseline stacks that the new version does not have, in baseline order.
    let removedStacks: [StackSnapshot]
    private(set) var hazards: [Hazard] = []
    /// The update phase's steps: the new plan's stacks, and its scripts plus one deletion
    /// per removed stack.
    let stackSteps: [String]
    let scriptSteps: [String]
    /// (before, after) → why, for the update phase.
    private(set) var edges: [Edge: [String]] = [:]
    /// Producer → exports it keeps through the update phase.
    private(set) var kept: [String: [OutputSnapshot]] = [:]
    /// Importer → export names it stops importing in the prepare phase, with where the
    /// value comes from (and the value itself when read from the deployed stack).
    private(set) var pinned: [String: [String: (producer: String, outputKey: String, deployedValue: String?)]] = [:]

    struct Edge: Hashable {
        let before: String
        let after: String
    }

    static func deletion(_ stack: String) -> String { "delete \(stack)" }

    init(old: Baseline, new: Baseline, diff: AppDiff) {
        self.old = old
        self.new = new
        self.diff = diff
        removedStacks = old.stacks.filter { stack in new.stack(named: stack.name)?.region != stack.region }
        stackSteps = new.plan.steps.filter { $0.kind == .stack }.map(\.name)
        scriptSteps = new.plan.steps.filter { $0.kind == .script }.map(\.name) + removedStacks.map { Self.deletion($0.name) }
        for step in new.plan.steps {
            for dependency in step.dependsOn {
                edges[Edge(before: dependency.name, after: step.name), default: []].append(contentsOf: dependency.reasons.map(\.description))
            }
        }
        // A removed stack that imports from another removed stack goes first.
        for importer in removedStacks {
            for producer in removedStacks where producer.name != importer.name {
                let used = producer.outputs.compactMap(\.exportName).filter(importer.imports.contains)
                guard !used.isEmpty else { continue }
                edges[Edge(before: Self.deletion(importer.name), after: Self.deletion(producer.name)), default: []].append(
                    "'\(importer.name)' imports \(Hazard.names(used)) from '\(producer.name)'")
            }
        }
    }

    /// Where an importer's step is: its update, or its deletion when it is removed too.
    func step(for stack: String) -> String {
        removedStacks.contains { $0.name == stack } ? Self.deletion(stack) : stack
    }

    func importers(of key: ExportKey) -> (inApp: [String], outside: [String]) {
        (old.importers(of: key), (old.outsideImporters[key] ?? []).sorted())
    }

    /// An export name is unique per region: a stack that takes over an export can create it
    /// only after the stack that had it dropped it (or was deleted).
    mutating func orderMovedExports() {
        let after = new.exports
        for (key, export) in old.exports {
            guard let now = after[key], now.stack.name != export.stack.name else { continue }
            edges[Edge(before: step(for: export.stack.name), after: now.stack.name), default: []].append(
                "export '\(key.name)' moves from '\(export.stack.name)' to '\(now.stack.name)'")
        }
    }

    mutating func planStackRemovals() {
        let after = new.exports
        for stack in removedStacks {
            let used = stack.outputs.compactMap { output -> (String, [String], [String])? in
                guard let name = output.exportName else { return nil }
                let (inApp, outside) = importers(of: ExportKey(name: name, region: stack.region))
                return inApp.isEmpty && outside.isEmpty ? nil : (name, inApp, outside)
            }
            guard !used.isEmpty else { continue }
            let inApp = Array(Set(used.flatMap(\.1))).sorted()
            let outside = Array(Set(used.flatMap(\.2))).sorted()
            var hazard = Hazard(
                kind: .stackRemoved, producer: stack.name, region: stack.region, exports: used.map(\.0).sorted(), outputKey: nil,
                importers: (inApp + outside).sorted(), resolution: .importersFirst)
            let moved = used.map(\.0).filter { after[ExportKey(name: $0, region: stack.region)] != nil }
            if !outside.isEmpty {
                hazard.resolution = .refused(
                    reason: "CloudFormation cannot delete '\(stack.name)' while \(Hazard.names(outside)) outside this app import from it",
                    action: "remove those imports first, or keep '\(stack.name)' in the app")
            } else if let name = moved.first, let owner = after[ExportKey(name: name, region: stack.region)]?.stack.name {
                hazard.resolution = .refused(
                    reason: "export '\(name)' moves to '\(owner)', which cannot create it while '\(stack.name)' still has it, "
                        + "and '\(stack.name)' cannot be deleted while it is imported",
                    action: "export the value from '\(owner)' under a new name first, move the importers to it, then remove '\(stack.name)'")
            } else {
                for importer in inApp where removedStacks.allSatisfy({ $0.name != importer }) {
                    edges[Edge(before: importer, after: Self.deletion(stack.name)), default: []].append(
                        "'\(stack.name)' is deleted after '\(importer)' stops importing from it")
                }
            }
            hazards.append(hazard)
        }
    }

    mutating func planExportChanges() {
        let after = new.exports
        for (key, export) in old.exports.sorted(by: { $0.key < $1.key }) {
            guard new.stack(named: export.stack.name)?.region == export.stack.region else { continue }
            let (inApp, outside) = importers(of: key)
            guard !inApp.isEmpty || !outside.isEmpty else { continue }
            let kind: Hazard.Kind
            if after[key] == nil {
                kind = .exportRemoved
            } else if let change = diff.exports.first(where: { $0.key == key }), case .changed(let reason) = change.kind {
                kind = .exportChanged(reason: reason)
            } else {
                continue
            }
            var hazard = Hazard(
                kind: kind, producer: export.stack.name, region: key.region, exports: [key.name], outputKey: export.output.key,
                importers: (inApp + outside).sorted(), resolution: .importersFirst)
            hazard.resolution = resolve(key, export: export, kind: kind, inApp: inApp, outside: outside)
            hazards.append(hazard)
        }
    }

    private mutating func resolve(
        _ key: ExportKey, export: (stack: StackSnapshot, output: OutputSnapshot), kind: Hazard.Kind, inApp: [String], outside: [String]
    ) -> Hazard.Resolution {
        let producer = export.stack.name
        if !outside.isEmpty {
            return .refused(
                reason: "\(Hazard.names(outside)) outside this app \(outside.count == 1 ? "imports" : "import") it, and stackgen cannot move them",
                action: "move those stacks off '\(key.name)' first, or keep the export as it is (an output with exportName: '\(key.name)')")
        }
        if let moved = new.exports[key]?.stack.name, moved != producer {
            return .refused(
                reason: "the export moves to '\(moved)', which cannot create it while '\(producer)' still has it",
                action: "export the value from '\(moved)' under a new name, deploy, and remove it from '\(producer)' once nothing imports it")
        }
        let stillImporting = inApp.filter { new.stack(named: $0)?.imports.contains(key.name) ?? false }
        if stillImporting.isEmpty {
            let first = inApp.map { Edge(before: step(for: $0), after: producer) }
            if isAcyclic(adding: first) {
                for edge in first {
                    edges[edge, default: []].append("'\(edge.before)' stops importing '\(key.name)' before '\(producer)' changes it")
                }
                return .importersFirst
            }
            if case .exportRemoved = kind, keepable(export) {
                kept[producer, default: []].append(export.output)
                return .keepExport
            }
        }
        for importer in inApp { pinned[importer, default: [:]][key.name] = (producer, export.output.key, export.output.deployedValue) }
        return .pinImports
    }

    private func isAcyclic(adding extra: [Edge]) -> Bool {
        let all = Array(edges.keys) + extra
        return DeploymentOrder.layering(stacks: stackSteps, scripts: scriptSteps, edges: all.map { ($0.before, $0.after) }) != nil
    }

    /// The old export can stay in the producer's new template when everything its value
    /// names still exists there unreplaced (a parameter, or a resource updated in place).
    private func keepable(_ export: (stack: StackSnapshot, output: OutputSnapshot)) -> Bool {
        guard let stack = new.stack(named: export.stack.name) else { return false }
        let replaced = diff.stack(named: stack.name)?.replaced ?? []
        let parameters = Set((stack.template["Parameters"]?.fields ?? []).map(\.key))
        return export.output.value.referencedNames.allSatisfy { name in
            parameters.contains(name) || (stack.resource(name) != nil && !replaced.contains(name))
        }
    }
}
