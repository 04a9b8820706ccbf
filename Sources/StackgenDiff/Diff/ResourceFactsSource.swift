/// The AWS facts a diff needs about a resource type. The generated catalog's facts
/// (`StackgenFacts`) answer in the command line; tests pass a small table.
public protocol ResourceFactsSource: Sendable {
    /// Property paths whose change replaces the resource, "/"-joined (`KeySchema`,
    /// `VpcConfig/SubnetIds`); empty for an unknown type.
    func createOnlyProperties(of type: String) -> Set<String>
    /// Tables, buckets, user pools, clusters: resources whose loss loses data.
    func isStateful(_ type: String) -> Bool
}

/// Facts given as a table.
public struct FactsTable: ResourceFactsSource {
    public let createOnly: [String: Set<String>]
    public let stateful: Set<String>

    public init(createOnly: [String: Set<String>], stateful: Set<String>) {
        self.createOnly = createOnly
        self.stateful = stateful
    }

    public func createOnlyProperties(of type: String) -> Set<String> { createOnly[type] ?? [] }
    public func isStateful(_ type: String) -> Bool { stateful.contains(type) }
}
