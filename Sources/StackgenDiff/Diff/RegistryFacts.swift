/// The facts of the generated catalog. Until `StackgenFacts` is linked here, nothing is
/// known to be create-only or stateful, so a diff reports changes but no replacements.
public struct RegistryFacts: ResourceFactsSource {
    public init() {}

    public func createOnlyProperties(of type: String) -> Set<String> { [] }
    public func isStateful(_ type: String) -> Bool { false }
}
