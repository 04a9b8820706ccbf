import StackgenEmit

/// Reads the baseline from the deployed stacks: `describe-stacks` for status and output
/// values, `get-template` for each template as deployed, `list-exports` and `list-imports`
/// for who imports what. Where the endpoint has no `list-imports` (moto), the importers are
/// read from the templates of every stack in the region.
public struct DeployedReader: Sendable {
    let calls: any AWSCalls

    public init(calls: any AWSCalls) {
        self.calls = calls
    }

    /// - Parameters:
    ///   - candidates: the stacks that may be deployed: the app's, and those of the
    ///     previous plan (so a stack removed from the app is found), with their steps.
    ///   - app: the name the baseline's plan carries.
    public func read(app: String, candidates: [Plan.Step]) throws(BaselineError) -> Baseline {
        var stacks: [StackSnapshot] = []
        var steps: [Plan.Step] = []
        var seen: Set<String> = []
        for step in candidates where step.kind == .stack {
            guard let region = step.region, seen.insert("\(step.name)@\(region)").inserted else { continue }
            guard let outputs = try describe(step.name, region: region) else { continue }
            let template = try template(of: step.name, region: region)
            stacks.append(StackSnapshot(name: step.name, region: region, account: step.account, template: template, outputValues: outputs))
            steps.append(step)
        }
        var outside: [ExportKey: [String]] = [:]
        for region in Set(stacks.map(\.region)).sorted() {
            let ours = Set(stacks.filter { $0.region == region }.map(\.name))
            let exported = Set(try exports(in: region))
            let names = stacks.filter { $0.region == region }.flatMap(\.outputs).compactMap(\.exportName).filter(exported.contains)
            for (name, importers) in try importers(of: names, in: region, ours: ours) {
                let others = importers.filter { !ours.contains($0) }
                if !others.isEmpty { outside[ExportKey(name: name, region: region)] = others.sorted() }
            }
        }
        let plan = Plan(app, steps: steps, waves: [steps.map(\.name)], criticalPath: [])
        return Baseline(source: "deployed", plan: plan, stacks: stacks, outsideImporters: outside)
    }

    /// Output values by key, or nil when the stack is not deployed (never created, deleted,
    /// or a first create that rolled back and holds nothing).
    private func describe(_ stack: String, region: String) throws(BaselineError) -> [String: String]? {
        let answer = calls.aws(["cloudformation", "describe-stacks", "--stack-name", stack, "--output", "json"], region: region)
        guard answer.succeeded else {
            if answer.stderr.contains("does not exist") { return nil }
            throw Self.failure(answer, "cloudformation describe-stacks --stack-name \(stack)", region: region)
        }
        let json = try TemplateValue.parse(Array(answer.stdout.utf8), file: "describe-stacks \(stack)")
        guard let description = json["Stacks"]?.array?.first, let status = description["StackStatus"]?.string else { return nil }
        if ["DELETE_COMPLETE", "REVIEW_IN_PROGRESS", "ROLLBACK_COMPLETE"].contains(status) { return nil }
        if status.hasSuffix("_IN_PROGRESS") {
            throw BaselineError(
                "stack '\(stack)' is \(status)", at: "aws cloudformation describe-stacks --stack-name \(stack) --region \(region)",
                hint: "wait until it settles, then run again: a rollout is planned against stacks at rest")
        }
        var outputs: [String: String] = [:]
        for output in description["Outputs"]?.array ?? [] {
            if let key = output["OutputKey"]?.string { outputs[key] = output["OutputValue"]?.string ?? "" }
        }
        return outputs
    }

    /// The template as submitted (`Original`: before transforms, as stackgen wrote it).
    private func template(of stack: String, region: String) throws(BaselineError) -> TemplateValue {
        let command = "cloudformation get-template --stack-name \(stack) --template-stage Original"
        let answer = calls.aws(
            ["cloudformation", "get-template", "--stack-name", stack, "--template-stage", "Original", "--output", "json"], region: region)
        guard answer.succeeded else { throw Self.failure(answer, command, region: region) }
        let json = try TemplateValue.parse(Array(answer.stdout.utf8), file: "get-template \(stack)")
        switch json["TemplateBody"] {
        case .object?:
            return json["TemplateBody"] ?? .null
        case .string(let body)?:
            // The CLI hands back a body it could not read as JSON as text: YAML, here.
            return try TemplateValue.parse(Array(body.utf8), file: "template of '\(stack)' as deployed")
        default:
            throw BaselineError(
                "get-template gave no TemplateBody for '\(stack)'", at: "aws \(command) --region \(region)",
                hint: "check that the AWS CLI and the endpoint it talks to are CloudFormation's")
        }
    }

    private func exports(in region: String) throws(BaselineError) -> [String] {
        let answer = calls.aws(["cloudformation", "list-exports", "--output", "json"], region: region)
        guard answer.succeeded else { throw Self.failure(answer, "cloudformation list-exports", region: region) }
        let json = try TemplateValue.parse(Array(answer.stdout.utf8), file: "list-exports")
        return (json["Exports"]?.array ?? []).compactMap { $0["Name"]?.string }
    }

    /// Importers of each export; from the templates of the region's stacks when the
    /// endpoint has no `list-imports`.
    private func importers(of names: [String], in region: String, ours: Set<String>) throws(BaselineError) -> [String: [String]] {
        var result: [String: [String]] = [:]
        for name in names.sorted() {
            let answer = calls.aws(["cloudformation", "list-imports", "--export-name", name, "--output", "json"], region: region)
            if answer.succeeded {
                let json = try TemplateValue.parse(Array(answer.stdout.utf8), file: "list-imports \(name)")
                result[name] = (json["Imports"]?.array ?? []).compactMap(\.string)
            } else if answer.stderr.contains("is not imported by any stack") {
                result[name] = []
            } else {
                return try importersFromTemplates(of: names, in: region)
            }
        }
        return result
    }

    private func importersFromTemplates(of names: [String], in region: String) throws(BaselineError) -> [String: [String]] {
        let answer = calls.aws(["cloudformation", "describe-stacks", "--output", "json"], region: region)
        guard answer.succeeded else { throw Self.failure(answer, "cloudformation describe-stacks", region: region) }
        let json = try TemplateValue.parse(Array(answer.stdout.utf8), file: "describe-stacks")
        var result = Dictionary(names.map { ($0, [String]()) }, uniquingKeysWith: { first, _ in first })
        for description in json["Stacks"]?.array ?? [] {
            guard let stack = description["StackName"]?.string, description["StackStatus"]?.string != "DELETE_COMPLETE" else { continue }
            let imports = Set(try template(of: stack, region: region).importedExportNames(stack: stack, region: region).compactMap { $0 })
            for name in names where imports.contains(name) { result[name, default: []].append(stack) }
        }
        return result
    }

    private static func failure(_ answer: AWSAnswer, _ command: String, region: String) -> BaselineError {
        BaselineError(
            answer.reason, at: "aws \(command) --region \(region)",
            hint: "'--against deployed' reads the stacks with the AWS CLI: check its credentials, region and AWS_ENDPOINT_URL")
    }
}
