import StackgenCore

/// One stack as a Swift file in the style of `Stacks/`: an enum whose `make` takes the
/// outputs of the stacks it uses and returns the stack with typed handles to its own outputs.
public struct SwiftStackWriter {
    let stack: Stack
    let typeName: String
    let sourcePath: String
    /// Producer stack name → its type name, for the stacks this one references.
    let producers: [(stack: String, typeName: String)]

    public static let header = "// Imported by `stackgen import`"

    /// The file, the catalog modules it imports, and one report line per resource left a
    /// `GenericResource` or property written with `.overriding`.
    func render() -> (text: String, modules: [String], notes: [String]) {
        let written = typedResources()
        let modules = Set(written.compactMap { $0.written?.module }).sorted()
        var lines: [String] = []
        lines.append("\(Self.header) from \(sourcePath); edit freely.")
        lines.append("import StackgenCore")
        lines += modules.map { "import \($0)" }
        lines.append("")
        lines.append("/// `\(stack.name)` (\(stack.region ?? "the app's region"))\(stack.description.map { ": \(oneLine($0))" } ?? "").")
        lines.append("public enum \(typeName) {")
        lines.append("    public struct Outputs: Sendable {")
        for output in stack.outputs { lines.append("        public let \(SwiftLiteral.memberName(output.key)): Output<String>") }
        lines.append("    }")
        lines.append("")
        let arguments = producers.map { "\(SwiftLiteral.memberName($0.typeName)): \($0.typeName).Outputs" }
        lines.append("    public static func make(\(arguments.joined(separator: ", "))) -> (stack: Stack, outputs: Outputs) {")
        lines.append("        let name = \(SwiftLiteral.string(stack.name))")
        var stackArguments = ["name"]
        if let region = stack.region { stackArguments.append("region: \(SwiftLiteral.region(region))") }
        if let description = stack.description { stackArguments.append("description: \(SwiftLiteral.string(description))") }
        lines.append("        var stack = Stack(\(stackArguments.joined(separator: ", ")))")
        if !stack.transforms.isEmpty {
            lines.append("        stack.transforms = [\(stack.transforms.map(SwiftLiteral.string).joined(separator: ", "))]")
        }
        if !stack.globals.isEmpty { lines.append("        stack.globals = \(literal(stack.globals))") }
        if !stack.metadata.isEmpty { lines.append("        stack.metadata = \(literal(stack.metadata))") }
        if !stack.rules.isEmpty { lines.append("        stack.rules = \(literal(stack.rules))") }
        lines += parameters()
        lines += mappings()
        lines += conditions()
        lines += resources(written)
        lines += outputs()
        let fields = stack.outputs.map { "\(SwiftLiteral.memberName($0.key)): \(variable($0.key))" }
        lines.append("        return (stack, Outputs(\(fields.joined(separator: ", "))))")
        lines.append("    }")
        lines.append("}")
        return (lines.joined(separator: "\n") + "\n", modules, notes(written))
    }

    private func parameters() -> [String] {
        stack.parameters.map { parameter in
            var arguments = [SwiftLiteral.string(parameter.name), "type: \(SwiftLiteral.parameterType(parameter.type))", "of: String.self"]
            if let value = parameter.defaultValue { arguments.append("default: \(expression(value, indent: "        "))") }
            if let description = parameter.description { arguments.append("description: \(SwiftLiteral.string(description))") }
            if !parameter.allowedValues.isEmpty {
                arguments.append("allowedValues: [\(parameter.allowedValues.map { expression($0, indent: "        ") }.joined(separator: ", "))]")
            }
            if parameter.noEcho { arguments.append("noEcho: true") }
            if let constraints = Self.constraints(parameter.constraints) { arguments.append("constraints: \(constraints)") }
            return "        _ = stack.parameter(\(arguments.joined(separator: ", ")))"
        }
    }

    /// `ParameterConstraints(minValue: 1, allowedPattern: "…")` with the limits set; nil when none is.
    private static func constraints(_ limits: ParameterConstraints) -> String? {
        func number(_ value: Double) -> String { value.wholeValue.map(String.init) ?? "\(value)" }
        var fields: [String] = []
        if let value = limits.minValue { fields.append("minValue: \(number(value))") }
        if let value = limits.maxValue { fields.append("maxValue: \(number(value))") }
        if let value = limits.minLength { fields.append("minLength: \(value)") }
        if let value = limits.maxLength { fields.append("maxLength: \(value)") }
        if let value = limits.allowedPattern { fields.append("allowedPattern: \(SwiftLiteral.string(value))") }
        if let value = limits.constraintDescription { fields.append("constraintDescription: \(SwiftLiteral.string(value))") }
        return fields.isEmpty ? nil : "ParameterConstraints(\(fields.joined(separator: ", ")))"
    }

    private func mappings() -> [String] {
        stack.mappings.map { mapping in
            let rows = mapping.entries.keys.sorted().map { key in
                "            \(SwiftLiteral.string(key)): \(SwiftLiteral.dictionary(mapping.entries[key] ?? [:], indent: "            ", references: reference))"
            }
            return "        _ = stack.mapping(\(SwiftLiteral.string(mapping.name)), [\n" + rows.joined(separator: ",\n") + ",\n        ])"
        }
    }

    private func conditions() -> [String] {
        guard !stack.conditions.isEmpty else { return [] }
        return ["        var conditions: [String: Condition] = [:]"]
            + stack.conditions.map { condition in
                "        conditions[\(SwiftLiteral.string(condition.name))] = stack.condition(\(SwiftLiteral.string(condition.name)), "
                    + "ConditionExpression(expression: \(expression(condition.expression, indent: "        "))))"
            }
    }

    private typealias Typed = (resource: ResourceDeclaration, written: TypedResourceWriter.Written?, reason: String?)

    private func typedResources() -> [Typed] {
        let writer = TypedResourceWriter(values: TypedValueWriter(references: OutputSpelling(expression: reference, value: handle)))
        return stack.resources.map { resource in
            let result = writer.write(resource, indent: "        ")
            return (resource, result.written, result.reason)
        }
    }

    private func notes(_ written: [Typed]) -> [String] {
        written.flatMap { item -> [String] in
            let what = "\(item.resource.location): resource '\(item.resource.logicalID)' (\(item.resource.type))"
            guard let typed = item.written else { return ["\(what) is a GenericResource: \(item.reason ?? "not typed")"] }
            return typed.notInSchema.map { "\(what): property '\($0)' is not in the type's schema; written with .overriding" }
        }
    }

    private func resources(_ written: [Typed]) -> [String] {
        written.map { item in
            let resource = item.resource
            var arguments = [
                SwiftLiteral.string(resource.logicalID),
                item.written?.text
                    ?? "GenericResource(\(SwiftLiteral.string(resource.type)), properties: \(literal(resource.properties)))",
            ]
            if !resource.dependsOn.isEmpty {
                arguments.append("dependsOn: [\(resource.dependsOn.map { "GeneratedResource(\(SwiftLiteral.string($0)))" }.joined(separator: ", "))]")
            }
            if let condition = resource.condition { arguments.append("condition: conditions[\(SwiftLiteral.string(condition))]") }
            if let policy = resource.deletionPolicy { arguments.append("deletionPolicy: .\(String(describing: policy))") }
            if let policy = resource.updateReplacePolicy { arguments.append("updateReplacePolicy: .\(String(describing: policy))") }
            if let metadata = resource.metadata { arguments.append("metadata: \(expression(metadata, indent: "        "))") }
            if let policy = resource.creationPolicy { arguments.append("creationPolicy: \(expression(policy, indent: "        "))") }
            if let policy = resource.updatePolicy { arguments.append("updatePolicy: \(expression(policy, indent: "        "))") }
            return "        stack.add(\(arguments.joined(separator: ", ")))"
        }
    }

    private func outputs() -> [String] {
        stack.outputs.map { output in
            var arguments = [SwiftLiteral.string(output.key), "Value<String>(expression: \(expression(output.value, indent: "        ")))"]
            if let description = output.description { arguments.append("description: \(SwiftLiteral.string(description))") }
            if let name = output.exportName { arguments.append("exportName: \(SwiftLiteral.string(name))") }
            if let condition = output.condition { arguments.append("condition: conditions[\(SwiftLiteral.string(condition))]") }
            return "        let \(variable(output.key)) = stack.output(\(arguments.joined(separator: ", ")))"
        }
    }

    private func variable(_ key: String) -> String {
        let name = SwiftLiteral.memberName(key)
        return name.hasPrefix("`") ? "output" + SwiftLiteral.typeName(key) : name + "Output"
    }

    private func literal(_ fields: [String: Expr]) -> String {
        SwiftLiteral.dictionary(fields, indent: "        ", references: reference)
    }

    private func expression(_ value: Expr, indent: String) -> String {
        SwiftLiteral.expression(value, indent: indent, references: reference)
    }

    /// A cross-stack value: the producer's typed output handle, passed into `make`.
    private func reference(_ address: OutputAddress) -> String {
        guard let handle = handle(address) else {
            return ".output(OutputAddress(stack: \(SwiftLiteral.string(address.stack)), key: \(SwiftLiteral.string(address.key))))"
        }
        return handle + ".expression"
    }

    /// The producer's output as a `Value<String>`, when the producer is imported too.
    private func handle(_ address: OutputAddress) -> String? {
        producers.first { $0.stack == address.stack }.map {
            "\(SwiftLiteral.memberName($0.typeName)).\(SwiftLiteral.memberName(address.key)).value"
        }
    }

    private func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ").trimmingSpaces()
    }
}
