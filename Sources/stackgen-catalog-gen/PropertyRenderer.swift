import Foundation

/// Renders an initializer over a list of properties and the `PropertyBag` filling it; the
/// same shape serves resource types, nested property types and SAM `Globals` sections.
enum PropertyRenderer {
    /// `qualifier` prefixes nested type names when rendering outside their resource type.
    static func initializer(
        _ properties: [PropertyModel], into writer: inout SwiftWriter, assign target: String,
        wrap: (String) -> String, qualifier: String? = nil, allOptional: Bool = false
    ) {
        if !properties.isEmpty {
            writer.doc(["- Parameters:"] + properties.map { property in
                let needed = property.isRequired && !allOptional ? "required" : "optional"
                return "  - \(property.swiftName): `\(property.cfnName)`, \(needed)."
            })
        }
        guard !properties.isEmpty else {
            writer.line("public init() { self.\(target) = \(wrap("[:]")) }")
            return
        }
        writer.line("public init(")
        for (index, property) in properties.enumerated() {
            let type = qualified(property.type.swiftType, qualifier)
            let optional = !property.isRequired || allOptional
            let comma = index == properties.count - 1 ? "" : ","
            writer.line("    \(Naming.escaped(property.swiftName)): \(type)\(optional ? "? = nil" : "")\(comma)")
        }
        writer.block(")") { body in
            body.line("var bag_ = PropertyBag()")
            for property in properties {
                body.line("bag_[\(quoted(property.cfnName))] = \(Naming.escaped(property.swiftName))")
            }
            body.line("self.\(target) = \(wrap("bag_.fields"))")
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
