import StackgenEmit
import StackgenResolver

/// Turns the planner's decisions into phases: each an ordinary plan over its own
/// templates, written under `<outputFolder>/rollout/phase-<n>-<kind>/`.
struct PhaseBuilder {
    let state: PlannerState
    let outputFolder: String
    /// The baseline's folder relative to the output folder (or absolute); nil for deployed
    /// stacks, whose templates name code by its S3 location.
    let baselineFolder: String?

    /// Where a phase's templates come from: local paths in them are relative to that side's folder.
    enum Side { case baseline, new }

    func phases() -> [Phase] {
        var phases: [Phase] = []
        if !state.pinned.isEmpty { phases.append(prepare(number: phases.count + 1)) }
        phases.append(update(number: phases.count + 1))
        if !state.kept.isEmpty { phases.append(contract(number: phases.count + 1)) }
        return phases
    }

    /// The importers' baseline templates, each import of a changing export replaced by a
    /// parameter that the deploy fills from the producer's output.
    private func prepare(number: Int) -> Phase {
        let folder = Self.folder(number, .prepare)
        var items: [(Plan.Step, TemplateValue)] = []
        for stack in state.old.stacks where state.pinned[stack.name] != nil {
            guard let step = state.old.plan.steps.first(where: { $0.name == stack.name }) else { continue }
            var replacements: [String: TemplateValue] = [:]
            var template = stack.template
            var parameters = template["Parameters"] ?? .object([])
            var extra: [Plan.Parameter] = []
            for (export, source) in (state.pinned[stack.name] ?? [:]).sorted(by: { $0.key < $1.key }) {
                // Read from the deployed stack, the value is known now: written in as it is.
                if let value = source.deployedValue {
                    replacements[export] = .string(value)
                    continue
                }
                let name = Self.parameterName(for: export)
                replacements[export] = ["Ref": .string(name)]
                parameters = parameters.setting(
                    name,
                    to: [
                        "Type": "String",
                        "Description": .string("The value of export '\(export)' while '\(source.producer)' changes it; filled by stackgen's rollout."),
                    ])
                extra.append(Plan.Parameter(name, source: .output(stack: source.producer, region: stack.region, key: source.outputKey)))
            }
            template = template.replacingImports(replacements, stack: stack.name, region: stack.region)
            if !extra.isEmpty { template = Self.withParameters(parameters, in: template) }
            items.append((step.adding(extra), template))
        }
        return phase(number, .prepare, folder: folder, items: items, edges: [:], side: .baseline)
    }

    private func update(number: Int) -> Phase {
        let folder = Self.folder(number, .update)
        var items: [(Plan.Step, TemplateValue)] = []
        for step in state.new.plan.steps {
            guard step.kind == .stack else {
                items.append((step, .null))
                continue
            }
            guard let stack = state.new.stack(named: step.name) else { continue }
            var template = stack.template
            for output in state.kept[stack.name] ?? [] {
                let existing = Set((template["Outputs"]?.fields ?? []).map(\.key))
                let key = existing.contains(output.key) ? output.key + "Previous" : output.key
                template = template.setting("Outputs", to: (template["Outputs"] ?? .object([])).setting(key, to: output.definition))
            }
            items.append((step, template))
        }
        for stack in state.removedStacks {
            let command = "aws cloudformation delete-stack --stack-name \(stack.name) --region \(stack.region)"
                + " && aws cloudformation wait stack-delete-complete --stack-name \(stack.name) --region \(stack.region)"
            let step = Plan.Step(
                PlannerState.deletion(stack.name), kind: .script, region: stack.region, account: stack.account, wave: 0, template: nil, dependsOn: [],
                capabilities: [], parameters: [], command: command)
            items.append((step, .null))
        }
        return phase(number, .update, folder: folder, items: items, edges: state.edges, side: .new)
    }

    /// The producers that kept an export, now with exactly the new version's template.
    private func contract(number: Int) -> Phase {
        let items = state.new.plan.steps.compactMap { step -> (Plan.Step, TemplateValue)? in
            guard state.kept[step.name] != nil, let stack = state.new.stack(named: step.name) else { return nil }
            return (step, stack.template)
        }
        return phase(number, .contract, folder: Self.folder(number, .contract), items: items, edges: [:], side: .new)
    }

    /// One phase: waves from `edges` among its own steps, commands that read its own folder.
    private func phase(
        _ number: Int, _ kind: Phase.Kind, folder: String, items: [(Plan.Step, TemplateValue)], edges: [PlannerState.Edge: [String]],
        side: Side
    ) -> Phase {
        let names = items.map(\.0.name)
        let inside = Set(names)
        let own = edges.filter { inside.contains($0.key.before) && inside.contains($0.key.after) }
        let stacks = items.filter { $0.0.kind == .stack }.map(\.0.name)
        let scripts = items.filter { $0.0.kind == .script }.map(\.0.name)
        // The planner only adds edges that keep the graph acyclic, so a cycle here is a bug.
        let order =
            DeploymentOrder.layering(stacks: stacks, scripts: scripts, edges: own.keys.map { ($0.before, $0.after) })
            ?? DeploymentOrder.layering(stacks: stacks, scripts: scripts, edges: [])
        let waves = order?.waves ?? [names]
        var waveOf: [String: Int] = [:]
        for (index, wave) in waves.enumerated() { for name in wave { waveOf[name] = index + 1 } }
        let rank = Dictionary(waves.joined().enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let path = outputFolder.isEmpty ? folder : "\(outputFolder)/\(folder)"
        var steps: [Plan.Step] = []
        var files: [EmittedFile] = []
        var assets: [Plan.Asset] = []
        let rebase = rebasing(side)
        let hashes = Dictionary(
            (side == .new ? state.new : state.old).plan.assets.map { ("\($0.stack)/\($0.resource)/\($0.property)", $0.hash) },
            uniquingKeysWith: { first, _ in first })
        for (step, original) in items.sorted(by: { (rank[$0.0.name] ?? 0) < (rank[$1.0.name] ?? 0) }) {
            let (template, local) = step.kind == .stack ? original.rebasingAssets(rebase) : (original, [])
            assets += local.map { asset in
                Plan.Asset(
                    stack: step.name, resource: asset.resource, property: asset.property, path: asset.path,
                    hash: hashes["\(step.name)/\(asset.resource)/\(asset.property)"] ?? nil)
            }
            let dependencies = own.filter { $0.key.after == step.name }
                .sorted { (rank[$0.key.before] ?? 0) < (rank[$1.key.before] ?? 0) }
                .map { Plan.Dependency($0.key.before, reasons: Array(Set($0.value)).sorted()) }
            steps.append(step.placed(wave: waveOf[step.name] ?? 1, dependsOn: dependencies, folder: path))
            if step.kind == .stack, let file = step.template {
                files.append(EmittedFile(path: file, contents: CanonicalJSON.string(template.json)))
            }
        }
        var plan = Plan(
            state.new.plan.app, steps: steps, waves: waves, criticalPath: order?.criticalPath ?? [],
            assets: assets.sorted { ($0.stack, $0.resource, $0.property, $0.path) < ($1.stack, $1.resource, $1.property, $1.path) })
        // A phase's folder sits two levels below the output folder the source root was
        // written relative to.
        plan.sourceRoot = AssetPath.joined("../..", state.new.plan.sourceRoot)
        files.append(EmittedFile(path: "plan.json", contents: CanonicalJSON.string(plan.json)))
        return Phase(number: number, kind: kind, plan: plan, folder: folder, files: files)
    }

    /// A phase's folder is two levels below the output folder: `..`/`..` leads back to it.
    /// A folder's trailing `/` stays, as the asset stage wrote it.
    private func rebasing(_ side: Side) -> (String) -> String {
        let base: String
        switch side {
        case .new: base = "../.."
        case .baseline:
            guard let baselineFolder else { return { $0 } }
            base = AssetPath.joined("../..", baselineFolder)
        }
        return { path in
            let joined = AssetPath.joined(base, path)
            return path.hasSuffix("/") && !joined.hasSuffix("/") ? joined + "/" : joined
        }
    }

    static func folder(_ number: Int, _ kind: Phase.Kind) -> String { "rollout/phase-\(number)-\(kind.rawValue)" }

    /// `StackgenPrevious` + the export name's words run together (`a-b:Queue` →
    /// `StackgenPreviousABQueue`): parameter names are alphanumeric.
    static func parameterName(for export: String) -> String {
        let words = export.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }
        return "StackgenPrevious" + words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    /// `Parameters` in its canonical place: after Description/Transform/Metadata, before
    /// everything else.
    static func withParameters(_ parameters: TemplateValue, in template: TemplateValue) -> TemplateValue {
        guard template["Parameters"] == nil, let fields = template.fields else { return template.setting("Parameters", to: parameters) }
        let head = ["AWSTemplateFormatVersion", "Description", "Transform", "Metadata"]
        let index = fields.firstIndex { !head.contains($0.key) } ?? fields.count
        var result = fields
        result.insert(TemplateValue.Field("Parameters", parameters), at: index)
        return .object(result)
    }
}
