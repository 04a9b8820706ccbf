/// Every parameter without a `Default` gets its value from the plan: from an output of a
/// stack the plan deploys earlier (checked against that stack's template), or from whoever
/// deploys, which is legal only for parameters the app's author declared.
///
/// A parameter the author declared without a default (the Bartender's `CodeBucket`) is the
/// deployer's to pass by design, and the plan says so (`"required": true`): not a finding.
/// A parameter stackgen added (a value from another region) must have a binding instead.
struct ParameterCheck {
    let plan: DeploymentPlan
    /// Output keys of each stack's template, by stack name.
    let outputs: [String: Set<String>]
    /// Parameters the author declared, by stack name.
    let declaredParameters: [String: Set<String>]

    func findings(for declarations: TemplateDeclarations, of stack: DeploymentPlan.Stack, file: String) -> [VerificationFinding] {
        declarations.parameterOrder.compactMap { name -> VerificationFinding? in
            guard declarations.parameters[name] == false else { return nil }
            let message = problem(with: name, source: stack.parameters[name], of: stack)
            return message.map { VerificationFinding(file: file, path: "Parameters/\(name)", name: name, message: $0) }
        }
    }

    private func problem(with name: String, source: DeploymentPlan.ParameterSource?, of stack: DeploymentPlan.Stack) -> String? {
        switch source {
        case nil:
            return "parameter '\(name)' has no Default and the plan gives it no value"
        case .defaultValue:
            return "parameter '\(name)' has no Default, but the plan says it takes its default"
        case .required:
            if declaredParameters[stack.name]?.contains(name) ?? false { return nil }
            return "parameter '\(name)' has no Default, the plan gives it no value, and the app declares no such parameter"
        case .output(let producerName, let region, let key):
            guard let producer = plan.stack(named: producerName) else {
                return "parameter '\(name)' is filled from stack '\(producerName)', which the plan does not deploy"
            }
            if producer.region != region {
                return "parameter '\(name)' reads '\(producerName)' in region '\(region)', but the plan deploys it to '\(producer.region)'"
            }
            if !(outputs[producerName]?.contains(key) ?? false) {
                return "parameter '\(name)' is filled from output '\(key)' of '\(producerName)', which its template does not declare"
            }
            if producer.wave >= stack.wave {
                return "parameter '\(name)' is filled from '\(producerName)' (wave \(producer.wave)), "
                    + "which the plan does not deploy before '\(stack.name)' (wave \(stack.wave))"
            }
            return nil
        }
    }
}
