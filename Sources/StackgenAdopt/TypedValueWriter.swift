import StackgenCore
import StackgenPropertyTable

/// How a written file spells a cross-stack output: as an `Expr`, and as the producer's typed
/// `Value<String>` handle when there is one.
struct OutputSpelling {
    let expression: (OutputAddress) -> String
    let value: (OutputAddress) -> String?
}

/// One property value as Swift text for an argument of a given catalog type. Every spelling
/// builds exactly the `Expr` it was given: a literal only where the argument's type turns it
/// back into the same node, otherwise the typed escape hatch (`Value(expression:)`,
/// `.init(unchecked:)`, `.intrinsic(…)`).
struct TypedValueWriter {
    let references: OutputSpelling

    func argument(_ value: Expr, shape: PropertyShape, in typeName: String, indent: String) -> String {
        switch shape {
        case .string, .integer, .number, .boolean, .list, .map:
            if shape.isValue { return self.value(value, shape: shape, indent: indent) }
            return collection(value, shape: shape, in: typeName, indent: indent)
        case .json:
            return json(value, indent: indent)
        case .named(let name):
            return named(value, name: name, in: typeName, indent: indent)
        }
    }

    // MARK: - Value<T>

    private func value(_ value: Expr, shape: PropertyShape, indent: String) -> String {
        let inner = indent + "    "
        switch (shape, value) {
        case (.string, .string(let text)): return SwiftLiteral.string(text)
        case (.integer, .integer(let number)), (.number, .integer(let number)): return "\(number)"
        // `Value<Double>` writes a whole number as an integer, so only a fraction stays a literal.
        case (.number, .number(let number)) where number.isFinite && Int(exactly: number) == nil: return "\(number)"
        case (.boolean, .boolean(let flag)): return "\(flag)"
        case (.string, .importValue(let name)): return "Fn.importValue(\(SwiftLiteral.string(name)))"
        case (.string, .sub(let text, let variables)) where variables.isEmpty: return "Fn.sub(\(SwiftLiteral.string(text)))"
        case (.string, .output(let address)):
            if let handle = references.value(address) { return handle }
        case (.list(let element), .list(let items)):
            guard !items.isEmpty else { return "[]" }
            return "[\n" + items.map { inner + self.value($0, shape: element, indent: inner) }.joined(separator: ",\n") + ",\n\(indent)]"
        case (.map(let element), .map(let fields)):
            guard !fields.isEmpty else { return "[:]" }
            return "[\n" + fields.keys.sorted().map { key in
                "\(inner)\(SwiftLiteral.string(key)): \(self.value(fields[key] ?? .null, shape: element, indent: inner))"
            }.joined(separator: ",\n") + ",\n\(indent)]"
        default: break
        }
        return "Value(expression: \(json(value, indent: indent)))"
    }

    private func json(_ value: Expr, indent: String) -> String {
        SwiftLiteral.expression(value, indent: indent, references: references.expression)
    }

    // MARK: - PropertyList / PropertyMap / Expr

    private func collection(_ value: Expr, shape: PropertyShape, in typeName: String, indent: String) -> String {
        let inner = indent + "    "
        switch (shape, value) {
        case (.list(.named(let name)), .list(let items)):
            guard !items.isEmpty else { return "[]" }
            return "[\n" + items.map { inner + named($0, name: name, in: typeName, indent: inner) }.joined(separator: ",\n")
                + ",\n\(indent)]"
        case (.map(.named(let name)), .map(let fields)):
            guard !fields.isEmpty else { return "[:]" }
            return "[\n" + fields.keys.sorted().map { key in
                "\(inner)\(SwiftLiteral.string(key)): \(named(fields[key] ?? .null, name: name, in: typeName, indent: inner))"
            }.joined(separator: ",\n") + ",\n\(indent)]"
        case (.list(.named), _), (.map(.named), _):
            return ".intrinsic(Value(expression: \(json(value, indent: indent))))"
        default:
            // Lists of lists and maps of free JSON are `Expr` in the catalog.
            return json(value, indent: indent)
        }
    }

    // MARK: - Named types

    private func named(_ value: Expr, name: String, in typeName: String, indent: String) -> String {
        switch name {
        case "Tag":
            return structure(value, properties: Self.tagProperties, acceptsString: false, in: typeName, indent: indent)
        case "IAM.PolicyDocument":
            return unchecked(value, indent: indent)
        case "Serverless.Policies":
            return policies(value, indent: indent)
        default:
            break
        }
        switch PropertyTable.nested(name, in: typeName) {
        case .structure(let properties, let acceptsString)?:
            return structure(value, properties: properties, acceptsString: acceptsString, in: typeName, indent: indent)
        case .enumeration(let members)?:
            guard case .string(let raw) = value else { return ".intrinsic(\(self.value(value, shape: .string, indent: indent)))" }
            return members[raw].map { ".\($0)" } ?? ".custom(\(SwiftLiteral.string(raw)))"
        case .opaque?, nil:
            return unchecked(value, indent: indent)
        }
    }

    private func structure(
        _ value: Expr, properties: [PropertyEntry], acceptsString: Bool, in typeName: String, indent: String
    ) -> String {
        if acceptsString, case .string(let text) = value { return SwiftLiteral.string(text) }
        guard case .map(let fields) = value else { return unchecked(value, indent: indent) }
        let known = Set(properties.map(\.cfnName))
        guard fields.keys.allSatisfy(known.contains),
            properties.allSatisfy({ !$0.isRequired || fields[$0.cfnName] != nil })
        else { return unchecked(value, indent: indent) }
        let inner = indent + "    "
        var arguments: [String] = []
        for property in properties {
            guard let field = fields[property.cfnName] else { continue }
            arguments.append("\(inner)\(SwiftLiteral.argumentLabel(property.label)): \(argument(field, shape: property.shape, in: typeName, indent: inner))")
        }
        return arguments.isEmpty ? ".init()" : ".init(\n" + arguments.joined(separator: ",\n") + "\n\(indent))"
    }

    private func unchecked(_ value: Expr, indent: String) -> String {
        ".init(unchecked: \(json(value, indent: indent)))"
    }

    /// `Serverless.Policies` has no unchecked initializer: names are literals, anything else
    /// (statements, policy templates, intrinsics) goes through `.intrinsic(_:)`, which takes
    /// any expression.
    private func policies(_ value: Expr, indent: String) -> String {
        if case .string(let text) = value { return SwiftLiteral.string(text) }
        if case .list(let items) = value {
            let names = items.compactMap { item -> String? in
                if case .string(let text) = item { return SwiftLiteral.string(text) }
                return nil
            }
            if names.count == items.count { return "[" + names.joined(separator: ", ") + "]" }
        }
        return ".intrinsic(Value(expression: \(json(value, indent: indent))))"
    }

    private static let tagProperties = [
        PropertyEntry(cfnName: "Key", label: "key", shape: .string, isRequired: true),
        PropertyEntry(cfnName: "Value", label: "value", shape: .string, isRequired: true),
    ]
}
