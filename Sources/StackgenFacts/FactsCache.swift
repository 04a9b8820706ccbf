/// The facts of each type, parsed once per holder: a stage that asks about every resource of
/// an app (thousands, of a few dozen types) keeps one of these for its run instead of parsing
/// the type's table line each time. A value, so it needs no lock.
public struct FactsCache: Sendable {
    private var known: [String: ResourceTypeFacts?] = [:]

    public init() {}

    public mutating func type(_ typeName: String) -> ResourceTypeFacts? {
        if let facts = known[typeName] { return facts }
        let facts = ResourceFacts.type(typeName)
        known[typeName] = facts
        return facts
    }
}
