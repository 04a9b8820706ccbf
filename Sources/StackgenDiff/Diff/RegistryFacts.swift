import StackgenFacts

/// The facts of the generated catalog (`StackgenFacts`, from the registry schemas).
public struct RegistryFacts: ResourceFactsSource {
    public init() {}

    public func createOnlyProperties(of type: String) -> Set<String> {
        ResourceFacts.type(type)?.createOnlyProperties ?? []
    }

    public func isStateful(_ type: String) -> Bool { ResourceFacts.isStateful(type) }
}
