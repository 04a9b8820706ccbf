import StackgenCore

/// Writes each asset's path, relative to the output folder, into the emitted template, so
/// `aws cloudformation package` (which reads paths relative to the template) finds it.
enum AssetRewriter {
    /// - Parameter paths: per resource, the new path for each value the app wrote.
    static func rewrite(_ template: JSONValue, paths: [String: [String: String]]) -> JSONValue {
        guard case .object(let sections) = template else { return template }
        return .object(
            sections.map { name, value in
                guard name == "Resources", case .object(let resources) = value else { return (name, value) }
                return (name, .object(resources.map { id, resource in (id, rewrite(resource: resource, paths: paths[id] ?? [:])) }))
            })
    }

    private static func rewrite(resource: JSONValue, paths: [String: String]) -> JSONValue {
        guard !paths.isEmpty, case .object(let fields) = resource else { return resource }
        let type = fields.first { $0.0 == "Type" }.flatMap { if case .string(let type) = $0.1 { type } else { nil } } ?? ""
        return .object(
            fields.map { name, value in
                guard name == "Properties", case .expression(.map(var properties)) = value else { return (name, value) }
                for property in PackageableProperty.byType[type] ?? [] {
                    properties = replacing(at: property.components[...], in: properties, paths)
                }
                return (name, .expression(.map(properties.mapValues { replacingIncludes(in: $0, paths) })))
            })
    }

    private static func replacing(at components: ArraySlice<String>, in fields: [String: Expr], _ paths: [String: String]) -> [String: Expr] {
        guard let first = components.first, let value = fields[first] else { return fields }
        var fields = fields
        switch value {
        case .string(let text) where components.count == 1:
            if let path = paths[text] { fields[first] = .string(path) }
        case .map(let nested) where components.count > 1:
            fields[first] = .map(replacing(at: components.dropFirst(), in: nested, paths))
        default:
            break
        }
        return fields
    }

    private static func replacingIncludes(in node: Expr, _ paths: [String: String]) -> Expr {
        switch node {
        case .function("Transform", .map(var fields)) where AssetLocator.includeLocation(node) != nil:
            if case .map(let parameters)? = fields["Parameters"] {
                fields["Parameters"] = .map(replacing(at: ["Location"], in: parameters, paths))
            }
            return .function("Transform", .map(fields))
        case .map(let fields):
            return .map(fields.mapValues { replacingIncludes(in: $0, paths) })
        case .list(let items):
            return .list(items.map { replacingIncludes(in: $0, paths) })
        case .function(let name, let argument):
            return .function(name, replacingIncludes(in: argument, paths))
        case .if(let condition, let then, let otherwise):
            return .if(condition: condition, then: replacingIncludes(in: then, paths), else: replacingIncludes(in: otherwise, paths))
        default:
            return node
        }
    }
}
