/// Builds a property map from `(name, value)` pairs, leaving out absent values. Generated
/// initializers call this with one array literal instead of a dictionary insert per
/// property: the optimizer then sees one call per initializer, not thousands of inlined
/// inserts, which keeps the release build of the catalog short.
@inline(never)
@_spi(Catalog) public func propertyFields(_ pairs: [(String, Expr?)]) -> [String: Expr] {
    var fields: [String: Expr] = [:]
    fields.reserveCapacity(pairs.count)
    for (name, value) in pairs {
        if let value { fields[name] = value }
    }
    return fields
}
