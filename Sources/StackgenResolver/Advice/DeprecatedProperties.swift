import StackgenCore
import StackgenFacts

/// Finds the properties a resource sets that its registry schema marks deprecated
/// (`ResourceTypeFacts.deprecatedProperties`, `/`-joined, `*` for every item of a list).
/// CloudFormation may still accept them today, so this is advice (SG403), not an error.
enum DeprecatedProperties {
    /// One warning per deprecated path the resource sets, in sorted order.
    static func diagnostics(for resource: ResourceDeclaration, in stack: String) -> [Diagnostic] {
        guard let facts = ResourceFacts.type(resource.type), !facts.deprecatedProperties.isEmpty else { return [] }
        var found: [[String]] = []
        for pattern in facts.deprecatedProperties.sorted() {
            let components = pattern.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
            collect(components[...], in: .map(resource.properties), at: [], into: &found)
        }
        let resourcePath = ModelPath.stack(stack).appending(.resource(resource.logicalID))
        return found.map { path in
            .deprecatedProperty(path, type: resource.type, at: resourcePath, location: resource.location)
        }
    }

    /// Appends the concrete paths (`Tags.2.TagKey`) that match `pattern` below `value`.
    /// An intrinsic where the pattern expects a map or a list could hold anything, so it is
    /// not reported: the warning names only what the author certainly wrote.
    private static func collect(_ pattern: ArraySlice<String>, in value: Expr, at path: [String], into found: inout [[String]]) {
        guard let head = pattern.first else {
            found.append(path)
            return
        }
        switch value {
        case .map(let fields) where head != "*":
            if let child = fields[head] { collect(pattern.dropFirst(), in: child, at: path + [head], into: &found) }
        case .list(let items) where head == "*":
            for (index, item) in items.enumerated() {
                collect(pattern.dropFirst(), in: item, at: path + [String(index)], into: &found)
            }
        default:
            return
        }
    }
}

extension Diagnostic {
    static func deprecatedProperty(_ path: [String], type: String, at resourcePath: ModelPath, location: SourceLocation) -> Diagnostic {
        let name = path.joined(separator: ".")
        return Diagnostic(
            .deprecatedProperty, message: "property '\(name)' of '\(type)' is deprecated",
            path: resourcePath.appending(.field("Properties.\(name)")), location: location,
            hint: "remove '\(path.last ?? name)'; the resource type's registry schema marks it deprecated, so CloudFormation may stop accepting it")
    }
}
