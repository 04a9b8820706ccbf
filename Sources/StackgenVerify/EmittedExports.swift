import StackgenJSON

/// Every `Outputs.*.Export.Name` of the emitted templates, placed in the account and region
/// the plan deploys its stack to. Built from the JSON alone, never from the resolver's table.
struct EmittedExports: Sendable {
    struct Entry: Sendable {
        let name: String
        let stack: DeploymentPlan.Stack
        let file: String
        let path: String
    }

    private(set) var byName: [String: [Entry]] = [:]
    private(set) var findings: [VerificationFinding] = []

    mutating func add(outputsOf template: JSONNode, stack: DeploymentPlan.Stack, file: String) {
        for output in template["Outputs"]?.members ?? [] {
            guard let export = output.value["Export"] else { continue }
            let path = "Outputs/\(output.key)/Export/Name"
            guard let name = Self.name(export["Name"], stack: stack) else {
                findings.append(VerificationFinding(file: file, path: path, name: output.key, message: Message.notLiteral(output.key)))
                continue
            }
            let entry = Entry(name: name, stack: stack, file: file, path: path)
            if let other = byName[name]?.first(where: { $0.stack.region == stack.region && $0.stack.account == stack.account }) {
                findings.append(VerificationFinding(file: file, path: path, name: name, message: Message.duplicate(name, other: other.file)))
            }
            byName[name, default: []].append(entry)
        }
    }

    /// The export an `Fn::ImportValue` deployed with `stack` sees.
    func entry(named name: String, visibleFrom stack: DeploymentPlan.Stack) -> Entry? {
        byName[name]?.first { $0.stack.region == stack.region && $0.stack.account == stack.account }
    }

    /// A literal name, or an `Fn::Sub` whose only variables are the stack name, region and
    /// (when the plan pins it) account: everything else is unknown until deploy time.
    private static func name(_ node: JSONNode?, stack: DeploymentPlan.Stack) -> String? {
        if let text = node?.string { return text }
        guard let text = node?["Fn::Sub"]?.string else { return nil }
        var known = ["AWS::StackName": stack.name, "AWS::Region": stack.region]
        known["AWS::AccountId"] = stack.account
        var result = text
        for variable in SubstitutionVariables.names(in: text) {
            guard let value = known[variable] else { return nil }
            result = result.replacing("${\(variable)}", with: value)
        }
        return result.replacing("${!", with: "${")
    }
}

extension EmittedExports {
    fileprivate enum Message {
        static func notLiteral(_ key: String) -> String { "export name of output '\(key)' is not a name known before deploy" }
        static func duplicate(_ name: String, other: String) -> String {
            "export '\(name)' is also exported by \(other) in the same account and region"
        }
    }
}
