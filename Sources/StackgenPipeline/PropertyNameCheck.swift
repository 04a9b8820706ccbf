import StackgenCore
import StackgenPropertyTable

/// SG404: a top-level property the resource type's schema does not have. Typed initializers
/// only set the schema's properties, so such a name comes from `.overriding("Name…", with:)`
/// or a `GenericResource` of a catalog type; CloudFormation would reject it at deploy time
/// (a misspelling, usually), so it gets a did-you-mean. Types outside the catalog and custom
/// resources, whose properties are their handler's, are not checked.
enum PropertyNameCheck {
    static func check(_ app: App, into diagnostics: inout Diagnostics) {
        // Apps repeat a few types many times: one table lookup per type.
        var knownByType: [String: [String]?] = [:]
        for stack in app.stacks {
            for resource in stack.resources where resource.type != "AWS::CloudFormation::CustomResource" {
                guard !resource.properties.isEmpty else { continue }
                if knownByType[resource.type] == nil {
                    knownByType[resource.type] = .some(PropertyTable.resource(resource.type)?.properties.map(\.cfnName))
                }
                guard case let known?? = knownByType[resource.type] else { continue }
                for name in resource.properties.keys.sorted() where !known.contains(name) {
                    diagnostics.emit(.unknownProperty(name, of: resource, in: stack.name, known: known))
                }
            }
        }
    }
}

extension Diagnostic {
    static func unknownProperty(_ name: String, of resource: ResourceDeclaration, in stack: String, known: [String]) -> Diagnostic {
        let suggestion = Suggestion.phrase(for: name, in: known).map { "\($0) " } ?? ""
        return Diagnostic(
            .unknownProperty, message: "property '\(name)' is not in the schema of \(resource.type)",
            path: ModelPath.stack(stack).appending(.resource(resource.logicalID)).appending(.field("Properties.\(name)")),
            location: resource.location,
            hint: "\(suggestion)CloudFormation rejects a property the type does not have, unless it is newer than stackgen's schemas")
    }
}
