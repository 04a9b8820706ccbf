import StackgenCore
import StackgenPropertyTable

/// A resource as a typed catalog initializer (`SQS.Queue(queueName: "orders")`), spelled so
/// that it builds exactly the property tree the template had: literals where the argument's
/// type takes one, typed intrinsics where one fits, `.init(unchecked:)` and `.overriding(…)`
/// (the catalog's escape hatches) where not.
struct TypedResourceWriter {
    /// The Swift text and what the import report must say about it.
    struct Written {
        /// `SQS.Queue(…)` with any `.overriding` calls, indented for a `stack.add` argument.
        let text: String
        /// `StackgenSQS`
        let module: String
        /// Properties the type's schema does not have, written with `.overriding`.
        let notInSchema: [String]
    }

    let values: TypedValueWriter

    /// No text when the type is not in the catalog or a required property is missing (then
    /// the resource stays a `GenericResource`), with the reason for the report.
    func write(_ resource: ResourceDeclaration, indent: String) -> (written: Written?, reason: String?) {
        // The schema of `AWS::CloudFormation::CustomResource` knows only `ServiceToken`; every
        // other property belongs to the custom resource's own handler.
        guard resource.type != "AWS::CloudFormation::CustomResource" else {
            return (nil, "a custom resource's properties are its handler's, not a schema's")
        }
        guard let entry = PropertyTable.resource(resource.type) else {
            return (nil, "its type is not in the typed catalog")
        }
        let known = Set(entry.properties.map(\.cfnName))
        let missing = entry.properties.filter { $0.isRequired && resource.properties[$0.cfnName] == nil }.map(\.cfnName)
        guard missing.isEmpty else {
            return (nil, "required \(missing.count == 1 ? "property" : "properties") \(missing.map { "'\($0)'" }.joined(separator: ", ")) not set")
        }
        let inner = indent + "    "
        var arguments: [String] = []
        for property in entry.properties {
            guard let value = resource.properties[property.cfnName] else { continue }
            arguments.append("\(inner)\(SwiftLiteral.argumentLabel(property.label)): \(values.argument(value, shape: property.shape, in: resource.type, indent: inner))")
        }
        let unknown = resource.properties.keys.filter { !known.contains($0) }.sorted()
        if let dotted = unknown.first(where: { $0.contains(".") }) {
            return (nil, "property '\(dotted)' has a '.' in its name, which an override path cannot spell")
        }
        var text = entry.qualifiedName + (arguments.isEmpty ? "()" : "(\n" + arguments.joined(separator: ",\n") + "\n\(indent))")
        for name in unknown {
            let value = SwiftLiteral.expression(resource.properties[name] ?? .null, indent: indent, references: values.references.expression)
            text += "\n\(indent).overriding(\(SwiftLiteral.string(name)), with: \(value))"
        }
        return (Written(text: text, module: entry.module, notInSchema: unknown), nil)
    }
}
