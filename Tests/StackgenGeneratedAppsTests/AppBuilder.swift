import StackgenCore

/// Writes a blueprint as an app with the DSL, as a user would: typed handles for uses of
/// resources, `Fn.importValue` for imports written by hand, declared external exports.
enum AppBuilder {
    /// What `Fn.if` chooses between: ARNs, because the value may land in a policy's `Resource`.
    static let enabledArn: Value<String> = "arn:aws:sns:us-east-1:123456789012:enabled"
    static let disabledArn: Value<String> = "arn:aws:sns:us-east-1:123456789012:disabled"

    /// Blueprints are plain data: their region names are all known ones.
    static func region(_ name: String) -> Region {
        Region.named(name) ?? .custom(name)
    }

    static func app(_ blueprint: Blueprint) -> App {
        var app = App(blueprint.name, region: region(blueprint.region))
        var externals: [String: ExternalExport] = [:]
        var conditions: [[Condition]] = []
        for name in blueprint.externalExports { externals[name] = app.externalExport(name) }
        for plan in blueprint.stacks {
            var stack = Stack(plan.name, region: plan.region == blueprint.region ? nil : region(plan.region), account: plan.account)
            var declared: [Condition] = []
            for (index, condition) in plan.conditions.enumerated() {
                let value = condition.value.map { Catalog.value(of: $0, in: blueprint) } ?? stack.parameter("Flag\(index)", default: "on").value
                declared.append(stack.condition(condition.name, Fn.equals(value, "on")))
            }
            conditions.append(declared)
            let input = { (input: Blueprint.Input) -> Value<String> in
                switch input {
                case .typed(let value): Catalog.value(of: value, in: blueprint)
                case .handImport(let name): Fn.importValue(name)
                case .external(let name): externals[name]!.value()
                case .conditional(let owner, let index): Fn.if(conditions[owner][index], Self.enabledArn, else: Self.disabledArn)
                }
            }
            var handles: [any DependencyTarget] = []
            for resource in plan.resources {
                let role = plan.resources.firstIndex { $0.kind == .role }.map { plan.resources[$0] }
                handles.append(
                    Catalog.add(
                        resource, inputs: resource.inputs.map(input), dependsOn: resource.dependsOn.map { handles[$0] }, role: role,
                        to: &stack))
            }
            if !plan.globals.isEmpty { Catalog.setGlobals(environment: plan.globals.map(input), on: &stack) }
            for output in plan.outputs { stack.output(output.key, input(output.value), exportName: output.exportName) }
            app.add(stack)
        }
        for script in blueprint.scripts {
            app.add(
                ScriptStep(
                    script.name, command: "echo \(script.name)", after: script.after.map { blueprint.stacks[$0].name },
                    before: script.before.map { blueprint.stacks[$0].name }))
        }
        return app
    }
}
