import Foundation

/// Renders an initializer over a list of properties and the `PropertyBag` filling it; the
/// same shape serves resource types, nested property types and SAM `Globals` sections.
enum PropertyRenderer {
    /// `qualifier` prefixes nested type names when rendering outside their resource type.
    static func initializer(
        _ properties: [PropertyModel], into writer: inout SwiftWriter, assign target: String,
        asMap: Bool, qualifier: String? = nil, allOptional: Bool = false
    ) {
        if !properties.isEmpty {
            writer.doc(["- Parameters:"] + properties.flatMap { property in
                let needed = property.isRequired && !allOptional ? "required" : "optional"
                return DocText.item(
                    "  - \(property.swiftName): `\(property.cfnName)`, \(needed).", property.description, indent: "    ")
            })
        }
        guard !properties.isEmpty else {
            writer.line("public init() { self.\(target) = \(asMap ? "Expr.map([:])" : "[:]") }")
            return
        }
        writer.line("public init(")
        for (index, property) in properties.enumerated() {
            let type = qualified(property.type.swiftType, qualifier)
            let optional = !property.isRequired || allOptional
            let comma = index == properties.count - 1 ? "" : ","
            writer.line("    \(Naming.escaped(property.swiftName)): \(type)\(optional ? "? = nil" : "")\(comma)")
        }
        // One call to `propertyFields` with an array literal, not a `PropertyBag` write per
        // property: no existential box per property and one call for the optimizer to see,
        // which keeps the release build small.
        writer.block(")") { body in
            body.line("self.\(target) = \(asMap ? "Expr.map(" : "")propertyFields([")
            for (index, property) in properties.enumerated() {
                let optional = !property.isRequired || allOptional
                let value = Naming.escaped(property.swiftName) + (optional ? "?.expression" : ".expression")
                let comma = index == properties.count - 1 ? "" : ","
                body.line("    (\(quoted(property.cfnName)), \(value))\(comma)")
            }
            body.line("])\(asMap ? ")" : "")")
        }
    }

    /// `Environment` → `Serverless.Function.Environment` when rendered outside its type.
    static func qualified(_ swiftType: String, _ qualifier: String?) -> String {
        guard let qualifier else { return swiftType }
        for wrapper in ["PropertyList<", "PropertyMap<"] where swiftType.hasPrefix(wrapper) {
            let inner = String(swiftType.dropFirst(wrapper.count).dropLast())
            return wrapper + qualified(inner, qualifier) + ">"
        }
        let isNested = !swiftType.contains(".") && !swiftType.contains("<") && swiftType != "Expr"
            && swiftType != "Tag"
        return isNested ? "\(qualifier).\(swiftType)" : swiftType
    }

    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
