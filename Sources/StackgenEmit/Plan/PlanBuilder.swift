import StackgenCore
import StackgenResolver

/// Turns the resolver's order into plan steps with everything a deployer needs.
public enum PlanBuilder {
    /// Templates above this many bytes must be uploaded to S3 before deploying.
    static let inlineTemplateLimit = 51_200

    /// Where a stack's template is, as the plan names it.
    public struct TemplateLocation: Sendable, Hashable {
        /// What plan.json's `template` says: relative to the output folder for a synthesized
        /// app, the file as the user named it for hand-written templates (`check`).
        public let name: String
        /// What the deploy command passes to `--template-file`.
        public let commandPath: String
        /// Bytes, to choose between an inline template and an S3 upload.
        public let size: Int

        public init(name: String, commandPath: String, size: Int) {
            self.name = name
            self.commandPath = commandPath
            self.size = size
        }
    }

    /// - Parameters:
    ///   - outputFolder: the folder `synth` writes to, as the user gave it (relative paths
    ///     stay relative), used in the deploy commands.
    ///   - templateSizes: emitted template size per stack, to pick inline or S3 upload.
    public static func plan(for app: ResolvedApp, outputFolder: String, templateSizes: [String: Int]) -> Plan {
        let locations = Dictionary(
            app.stacks.map { stack in
                let template = "\(stack.name).template.json"
                let path = outputFolder.isEmpty ? template : "\(outputFolder)/\(template)"
                return (stack.name, TemplateLocation(name: template, commandPath: path, size: templateSizes[stack.name] ?? 0))
            }, uniquingKeysWith: { first, _ in first })
        return plan(for: app, templates: locations)
    }

    /// - Parameters:
    ///   - templates: each stack's template, by stack name.
    ///   - givenValues: per stack, parameter values known before deploy that the template
    ///     does not hold (`samconfig.toml`, `check --param`); the deploy commands pass them.
    public static func plan(
        for app: ResolvedApp, templates: [String: TemplateLocation], givenValues: [String: [String: String]] = [:]
    ) -> Plan {
        var dependencies: [String: [Plan.Dependency]] = [:]
        for edge in app.edges {
            dependencies[edge.consumer, default: []].append(Plan.Dependency(name: edge.producer, reasons: edge.reasons))
        }
        for edge in app.scripts.flatMap(\.orderingEdges) {
            dependencies[edge.consumer, default: []].append(Plan.Dependency(name: edge.producer, reasons: edge.reasons))
        }
        let order = app.plan.waves.flatMap { $0 }
        let rank = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
        var waveOf: [String: Int] = [:]
        for (index, wave) in app.plan.waves.enumerated() { for name in wave { waveOf[name] = index + 1 } }
        let stacks = Dictionary(app.stacks.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        var steps: [Plan.Step] = []
        for name in order {
            let wave = waveOf[name]!
            let waitsFor = merged(dependencies[name] ?? [], rank: rank)
            if let stack = stacks[name] {
                let location = templates[name] ?? TemplateLocation(name: "\(name).template.json", commandPath: "\(name).template.json", size: 0)
                steps.append(step(for: stack, wave: wave, waitsFor: waitsFor, template: location, given: givenValues[name] ?? [:]))
            } else if let script = app.scripts.first(where: { $0.name == name }) {
                steps.append(
                    Plan.Step(
                        name: name, kind: .script, region: nil, account: nil, wave: wave, template: nil, dependsOn: waitsFor,
                        capabilities: [], parameters: [], command: script.command))
            }
        }
        return Plan(app: app.name, steps: steps, waves: app.plan.waves, criticalPath: app.plan.criticalPath)
    }

    private static func merged(_ dependencies: [Plan.Dependency], rank: [String: Int]) -> [Plan.Dependency] {
        let grouped = Dictionary(grouping: dependencies, by: \.name)
        return grouped.keys.sorted { (rank[$0] ?? .max, $0) < (rank[$1] ?? .max, $1) }.map { name in
            Plan.Dependency(name: name, reasons: Array(Set(grouped[name]!.flatMap(\.reasons))).sorted())
        }
    }

    private static func step(
        for stack: ResolvedStack, wave: Int, waitsFor: [Plan.Dependency], template: TemplateLocation, given: [String: String]
    ) -> Plan.Step {
        let capabilities = Capabilities.required(by: stack.resources, transforms: stack.transforms)
        let bindings = Dictionary(stack.bindings.map { ($0.parameter, $0) }, uniquingKeysWith: { first, _ in first })
        let parameters = stack.parameters.map { parameter -> Plan.Parameter in
            if let binding = bindings[parameter.name] {
                return Plan.Parameter(
                    name: parameter.name, source: .output(stack: binding.stack, region: binding.region, key: binding.outputKey))
            }
            if let value = given[parameter.name] { return Plan.Parameter(name: parameter.name, source: .given(value)) }
            if let value = parameter.defaultValue { return Plan.Parameter(name: parameter.name, source: .defaultValue(.expression(value))) }
            return Plan.Parameter(name: parameter.name, source: .required)
        }
        let overrides = parameters.compactMap(parameterOverride)
        var command = [
            "aws cloudformation deploy", "--stack-name \(stack.name)",
            "--template-file \(shellQuoted(template.commandPath))",
            "--region \(stack.region)",
        ]
        if template.size > inlineTemplateLimit { command.append("--s3-bucket \"$STACKGEN_ARTIFACT_BUCKET\"") }
        if !capabilities.isEmpty { command.append("--capabilities \(capabilities.joined(separator: " "))") }
        if !overrides.isEmpty { command.append("--parameter-overrides " + overrides.joined(separator: " ")) }
        let tags = stack.declaration.tags
        if !tags.isEmpty {
            command.append("--tags " + tags.keys.sorted().map { shellQuoted("\($0)=\(tags[$0, default: ""])") }.joined(separator: " "))
        }
        command.append("--no-fail-on-empty-changeset")
        return Plan.Step(
            name: stack.name, kind: .stack, region: stack.region, account: stack.account, wave: wave, template: template.name,
            dependsOn: waitsFor, capabilities: capabilities, parameters: parameters, command: command.joined(separator: " "))
    }

    /// `Name="$(aws cloudformation describe-stacks … )"`: the value is read when the
    /// command runs, after the producer's wave finished.
    public static func parameterOverride(_ parameter: Plan.Parameter) -> String? {
        if case .given(let value) = parameter.source { return shellQuoted("\(parameter.name)=\(value)") }
        guard case .output(let stack, let region, let key) = parameter.source else { return nil }
        let query = "Stacks[0].Outputs[?OutputKey=='\(key)'].OutputValue"
        return "\(parameter.name)=\"$(aws cloudformation describe-stacks --stack-name \(stack)"
            + " --region \(region) --query \"\(query)\" --output text)\""
    }

    public static func shellQuoted(_ word: String) -> String {
        let safe = word.unicodeScalars.allSatisfy { $0.properties.isAlphabetic && $0.isASCII || "0123456789-_./:=@,+".unicodeScalars.contains($0) }
        return safe && !word.isEmpty ? word : "'" + word.replacing("'", with: "'\\''") + "'"
    }
}
