import StackgenResolver

// Public initializers, so a plan read back from `plan.json` (baselines, rollout phases)
// is the same value the plan builder makes and prints the same way. The unlabelled first
// argument keeps them apart from the memberwise initializers this module uses.
extension Plan {
    public init(_ app: String, steps: [Step], waves: [[String]], criticalPath: [String]) {
        self.init(app: app, steps: steps, waves: waves, criticalPath: criticalPath)
    }
}

extension Plan.Step {
    public init(
        _ name: String, kind: Kind, region: String?, account: String?, wave: Int, template: String?, dependsOn: [Plan.Dependency],
        capabilities: [String], parameters: [Plan.Parameter], command: String
    ) {
        self.init(
            name: name, kind: kind, region: region, account: account, wave: wave, template: template, dependsOn: dependsOn,
            capabilities: capabilities, parameters: parameters, command: command)
    }
}

extension Plan.Dependency {
    /// Reasons known by their text only (a plan read back from `plan.json`).
    public init(_ name: String, reasons: [String]) {
        self.init(name: name, reasons: reasons.map(EdgeReason.recorded))
    }
}

extension Plan.Parameter {
    public init(_ name: String, source: Source) {
        self.init(name: name, source: source)
    }
}
