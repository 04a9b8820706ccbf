import StackgenEmit

extension Plan.Step {
    /// The same step with other parameters or another command (what a rollout phase fills in
    /// before it starts, or how a dry run describes a step).
    public func replacing(parameters: [Plan.Parameter]? = nil, command: String? = nil) -> Plan.Step {
        Plan.Step(
            name, kind: kind, region: region, account: account, wave: wave, template: template, dependsOn: dependsOn,
            capabilities: capabilities, parameters: parameters ?? self.parameters, command: command ?? self.command)
    }
}
