extension PropertyOverride.Problem {
    /// What is wrong with the path, and how to write it instead.
    func explained(_ written: String) -> (message: String, hint: String) {
        func named(_ prefix: [String]) -> String { prefix.isEmpty ? "Properties" : "'\(prefix.joined(separator: "."))'" }
        switch self {
        case .emptySegment:
            return (
                "override path '\(written)' has an empty segment",
                "join property names with single dots ('OwnershipControls.Rules.0.ObjectOwnership')"
            )
        case .indexIntoNonList(let prefix, let index):
            return (
                "override path '\(written)' takes item \(index) of \(named(prefix)), which is not a list",
                "use a property name here, or override \(named(prefix)) itself with a list"
            )
        case .indexOutOfRange(let prefix, let index, let count):
            return (
                "override path '\(written)' takes item \(index) of \(named(prefix)), which has \(count) item\(count == 1 ? "" : "s")",
                "use an index below \(count), or \(count) to append an item"
            )
        case .keyIntoList(let prefix, let key):
            return (
                "override path '\(written)' takes key '\(key)' of \(named(prefix)), which is a list",
                "name the list item by its index ('\((prefix + ["0", key]).joined(separator: "."))')"
            )
        case .keyThroughScalar(let prefix, let key):
            return (
                "override path '\(written)' takes key '\(key)' of \(named(prefix)), which is a single value",
                "override \(named(prefix)) itself, or end the path there"
            )
        }
    }
}

extension Diagnostic {
    static func invalidOverridePath(_ override: PropertyOverride, problem: PropertyOverride.Problem, resource: ModelPath) -> Diagnostic {
        let (message, hint) = problem.explained(override.written)
        let field = override.path.isEmpty || problem == .emptySegment ? "Properties" : "Properties.\(override.path.joined(separator: "."))"
        return Diagnostic(
            .invalidOverridePath, message: message, path: resource.appending(.field(field)), location: override.location, hint: hint)
    }
}
