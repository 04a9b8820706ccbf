import StackgenEmit
import StackgenJSON

/// `stackgen destroy`: the plan's stacks in reverse, a stack deleted once every stack that
/// used it is gone (in parallel where the graph allows), after checking that no stack
/// outside the app imports one of its exports.
public enum Destroy {
    /// Stack steps only (scripts cannot be undone), each waiting for its consumers,
    /// including consumers that waited for it through a script.
    public static func reversed(_ plan: Plan) -> Plan {
        let byName = Dictionary(plan.steps.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        func stackProducers(of name: String, seen: inout Set<String>) -> Set<String> {
            var found: Set<String> = []
            for dependency in byName[name]?.dependsOn ?? [] where seen.insert(dependency.name).inserted {
                if byName[dependency.name]?.kind == .stack {
                    found.insert(dependency.name)
                } else {
                    found.formUnion(stackProducers(of: dependency.name, seen: &seen))
                }
            }
            return found
        }
        var consumers: [String: [String]] = [:]
        for step in plan.steps where step.kind == .stack {
            var seen: Set<String> = []
            for producer in stackProducers(of: step.name, seen: &seen) { consumers[producer, default: []].append(step.name) }
        }
        let stacks = plan.steps.filter { $0.kind == .stack }.reversed()
        let maxWave = stacks.map(\.wave).max() ?? 0
        let steps = stacks.map { step in
            Plan.Step(
                step.name, kind: .stack, region: step.region, account: step.account, wave: maxWave - step.wave + 1, template: step.template,
                dependsOn: (consumers[step.name] ?? []).map { Plan.Dependency($0, reasons: ["'\($0)' uses it"]) },
                command: "aws cloudformation delete-stack --stack-name \(step.name) --region \(step.region ?? "")")
        }
        let waves = (1...max(maxWave, 1)).map { wave in steps.filter { $0.wave == wave }.map(\.name) }.filter { !$0.isEmpty }
        return Plan(plan.app, steps: steps, waves: waves)
    }

    /// An export of the app that a stack outside the app imports.
    public struct ForeignImport: Sendable, Hashable {
        public let stack: String
        public let export: String
        public let importers: [String]

        public init(stack: String, export: String, importers: [String]) {
            self.stack = stack
            self.export = export
            self.importers = importers
        }
    }

    /// Every export of the app's deployed stacks, with the importers the app does not own.
    /// `unreadable` lists what could not be checked (the refusal names it too).
    public static func foreignImports(of plan: Plan, aws: AWSCLI, limit: Int = 8) -> (found: [ForeignImport], unreadable: [String]) {
        let stacks = plan.steps.filter { $0.kind == .stack }.map { (name: $0.name, region: $0.region ?? "") }
        return foreignImports(of: stacks, own: Set(plan.steps.map(\.name)), aws: aws, limit: limit)
    }

    /// The same for some stacks, with `own` the stacks whose imports do not count.
    public static func foreignImports(of stacks: [(name: String, region: String)], own: Set<String>, aws: AWSCLI, limit: Int = 8)
        -> (found: [ForeignImport], unreadable: [String])
    {
        let exports: [[(stack: String, region: String, export: String)]] = stacks.concurrentMap(limit: limit) { stack in
            aws.exports(of: stack.name, region: stack.region).map { (stack.name, stack.region, $0) }
        }
        let checks: [(ForeignImport?, String?)] = exports.flatMap { $0 }.concurrentMap(limit: limit) { entry in
            switch aws.importers(of: entry.export, region: entry.region) {
            case .success(let importers):
                let foreign = importers.filter { !own.contains($0) }.sorted()
                return (foreign.isEmpty ? nil : ForeignImport(stack: entry.stack, export: entry.export, importers: foreign), nil)
            case .failure(let message):
                return (nil, "export '\(entry.export)' of '\(entry.stack)': \(message.text)")
            }
        }
        return (checks.compactMap(\.0), checks.compactMap(\.1))
    }
}

public struct CLIMessage: Error, Sendable { public let text: String }

extension AWSCLI {
    /// Export names of a deployed stack's outputs (none when the stack does not exist).
    public func exports(of stack: String, region: String) -> [String] {
        let result = call(["cloudformation", "describe-stacks", "--stack-name", stack, "--query", "Stacks[0].Outputs[].ExportName", "--output", "json"], region: region)
        guard result.succeeded, let node = try? JSONNode.parse(Array(result.stdout.utf8)) else { return [] }
        return (node.array ?? []).compactMap(\.string).sorted()
    }

    /// The stacks importing an export; CloudFormation answers "not imported by any stack"
    /// with an error, which here is the empty list.
    public func importers(of export: String, region: String) -> Result<[String], CLIMessage> {
        let result = call(["cloudformation", "list-imports", "--export-name", export, "--output", "json"], region: region)
        guard result.succeeded else {
            if result.stderr.contains("is not imported by any stack") { return .success([]) }
            return .failure(CLIMessage(text: Self.message(result)))
        }
        guard let node = try? JSONNode.parse(Array(result.stdout.utf8)) else {
            return .failure(CLIMessage(text: "cannot read the AWS CLI's answer"))
        }
        return .success((node["Imports"]?.array ?? []).compactMap(\.string))
    }

    /// Physical ids of the given resources of a deployed stack, by logical id.
    public func physicalIDs(of stack: String, region: String) -> [String: String] {
        let result = call(
            ["cloudformation", "describe-stack-resources", "--stack-name", stack, "--query", "StackResources[].{Id:LogicalResourceId,Physical:PhysicalResourceId}", "--output", "json"],
            region: region)
        guard result.succeeded, let node = try? JSONNode.parse(Array(result.stdout.utf8)) else { return [:] }
        var ids: [String: String] = [:]
        for entry in node.array ?? [] {
            if let id = entry["Id"]?.string { ids[id] = entry["Physical"]?.string ?? "" }
        }
        return ids
    }
}

/// Deletes one stack per step; a stack that is not there counts as deleted. Resources
/// kept by `DeletionPolicy: Retain` are named (with their physical ids) in the outcome.
public final class DestroyRunner: StepRunner, @unchecked Sendable {
    let runner: CloudFormationRunner
    /// Logical id and type per stack, of the resources the templates retain.
    let retained: [String: [(id: String, type: String)]]
    private let lock = Monitor()
    // Guarded by `lock`.
    private var kept: [String: [String]] = [:]

    /// What each deleted stack left behind on purpose: `Table (AWS::DynamoDB::Table) orders-prod`.
    public var keptResources: [String: [String]] { lock.withLock { kept } }

    public init(runner: CloudFormationRunner, retained: [String: [(id: String, type: String)]]) {
        self.runner = runner
        self.retained = retained
    }

    public func outputs(of stack: String, region: String) -> [String: String]? { [:] }

    public func run(_ step: Plan.Step, inputs: StepInputs) -> StepOutcome {
        let region = step.region ?? ""
        let (description, error) = runner.aws.describe(step.name, region: region)
        if let error { return runner.failure("READ_FAILED", error) }
        guard description != nil else { return StepOutcome(.succeeded(status: "absent")) }
        let kept = retained[step.name] ?? []
        let physical = kept.isEmpty ? [:] : runner.aws.physicalIDs(of: step.name, region: region)
        let outcome = runner.delete(step.name, region: region, inputs: inputs)
        guard outcome.succeeded, !kept.isEmpty else { return outcome }
        let names = kept.map { "\($0.id) (\($0.type))" + (physical[$0.id].map { $0.isEmpty ? "" : " \($0)" } ?? "") }
        lock.withLock { self.kept[step.name] = names }
        return outcome
    }
}
