import StackgenEmit

extension Plan.Step {
    /// The step as a phase runs it: its wave and dependencies there, and a deploy command
    /// that reads the template from the phase's folder.
    func placed(wave: Int, dependsOn: [Plan.Dependency], folder: String) -> Plan.Step {
        var command = self.command
        if kind == .stack, let template, let start = command.firstRange(of: "--template-file "),
            let end = command[start.upperBound...].firstRange(of: " --region ")
        {
            command.replaceSubrange(start.upperBound..<end.lowerBound, with: PlanBuilder.shellQuoted("\(folder)/\(template)"))
        }
        return Plan.Step(
            name, kind: kind, region: region, account: account, wave: wave, template: template, dependsOn: dependsOn,
            capabilities: capabilities, parameters: parameters, command: command)
    }

    /// The step with more parameters, each passed by the deploy command.
    func adding(_ extra: [Plan.Parameter]) -> Plan.Step {
        guard !extra.isEmpty else { return self }
        let overrides = extra.compactMap(PlanBuilder.parameterOverride).joined(separator: " ")
        var command = self.command
        if let range = command.firstRange(of: "--parameter-overrides ") {
            command.insert(contentsOf: overrides + " ", at: range.upperBound)
        } else if let range = command.firstRange(of: " --tags ") ?? command.firstRange(of: " --no-fail-on-empty-changeset") {
            command.insert(contentsOf: " --parameter-overrides " + overrides, at: range.lowerBound)
        } else {
            command += " --parameter-overrides " + overrides
        }
        return Plan.Step(
            name, kind: kind, region: region, account: account, wave: wave, template: template, dependsOn: dependsOn,
            capabilities: capabilities, parameters: parameters + extra, command: command)
    }
}

extension Plan.Step {
    /// The stack a rollout step deletes (`delete <stack>`, a step the update phase adds for
    /// each stack the new version removes); nil for every other step.
    public var deletedStack: (name: String, region: String)? {
        guard kind == .script, let region, name.hasPrefix(PlannerState.deletion("")) else { return nil }
        return (String(name.dropFirst(PlannerState.deletion("").count)), region)
    }
}
