import StackgenCore
import StackgenResolver

/// A local path one resource property names, as the app wrote it.
struct AssetReference: Sendable, Hashable {
    let stack: String
    let resource: String
    let property: PackageableProperty
    let value: String
    let location: SourceLocation

    var path: ModelPath {
        ModelPath.stack(stack).appending(.resource(resource)).appending(.field("Properties.\(property.property)"))
    }
}

/// Finds every packageable property of every resource that holds a local path.
enum AssetLocator {
    static func references(in stack: ResolvedStack) -> [AssetReference] {
        var found: [AssetReference] = []
        for resource in stack.resources {
            for property in PackageableProperty.byType[resource.type] ?? [] {
                if case .string(let value)? = value(at: property.components, in: resource.properties),
                    PackageableProperty.isLocalPath(value)
                {
                    found.append(AssetReference(stack: stack.name, resource: resource.logicalID, property: property, value: value, location: resource.location))
                }
            }
            for key in resource.properties.keys.sorted() {
                resource.properties[key]?.forEachNode { node in
                    if let value = includeLocation(node), PackageableProperty.isLocalPath(value) {
                        found.append(
                            AssetReference(
                                stack: stack.name, resource: resource.logicalID, property: .include, value: value, location: resource.location))
                    }
                }
            }
        }
        return found
    }

    static func value(at components: [String], in properties: [String: Expr]) -> Expr? {
        guard let first = components.first, let value = properties[first] else { return nil }
        if components.count == 1 { return value }
        guard case .map(let nested) = value else { return nil }
        return Self.value(at: Array(components.dropFirst()), in: nested)
    }

    /// `{"Fn::Transform": {"Name": "AWS::Include", "Parameters": {"Location": "…"}}}`.
    static func includeLocation(_ node: Expr) -> String? {
        guard case .function("Transform", .map(let fields)) = node, fields["Name"] == .string("AWS::Include"),
            case .map(let parameters)? = fields["Parameters"], case .string(let location)? = parameters["Location"]
        else { return nil }
        return location
    }
}
