extension Stack {
    /// Every value the stack declares that may reference something: resources (properties,
    /// metadata, policies), outputs, conditions, SAM globals, the template's metadata and
    /// rules, and mapping values. Walkers that look for references start here, so none misses a section.
    public var expressions: [Expr] {
        resources.flatMap(\.expressions) + outputs.map(\.value) + conditions.map(\.expression)
            + globals.sorted { $0.key < $1.key }.map(\.value) + metadata.sorted { $0.key < $1.key }.map(\.value)
            + rules.sorted { $0.key < $1.key }.map(\.value)
            + mappings.flatMap { mapping in
                mapping.entries.sorted { $0.key < $1.key }.flatMap { $0.value.sorted { $0.key < $1.key }.map(\.value) }
            }
    }
}
