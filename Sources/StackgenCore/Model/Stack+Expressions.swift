extension Stack {
    /// Every value the stack declares that may reference something: resources (properties,
    /// metadata, policies), outputs, conditions, SAM globals, the template's metadata and
    /// rules, and mapping values. Walkers that look for references start here, so none misses
    /// a section; in no particular order, as for a resource (the walkers collect sets).
    public var expressions: [Expr] {
        resources.flatMap(\.expressions) + outputs.map(\.value) + conditions.map(\.expression)
            + Array(globals.values) + Array(metadata.values) + Array(rules.values)
            + mappings.flatMap { $0.entries.values.flatMap(\.values) }
    }
}
