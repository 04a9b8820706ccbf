/// A generated resource type whose properties can be overridden by path: the escape hatch
/// for a property the schema does not describe (yet), which keeps the typed handle and its
/// attributes (unlike falling back to `GenericResource`).
///
/// ```swift
/// let bucket = stack.add("Site", S3.Bucket(bucketName: "site")
///     .overriding("OwnershipControls.Rules.0.ObjectOwnership", with: "BucketOwnerEnforced"))
/// bucket.arn  // still typed
/// ```
public protocol PropertyOverridable: ResourceDefinition {
    var properties: [String: Expr] { get set }
}

extension PropertyOverridable {
    /// This resource with `value` at `path`: property names joined by `.`, list items by
    /// index (`Rules.0.Status`); a leading `Properties.` is allowed. Missing maps are
    /// created; whatever stands in the way of the path is replaced.
    public func overriding(_ path: String, with value: Expr) -> Self {
        var components = path.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        if components.first == "Properties" { components.removeFirst() }
        guard let first = components.first, !first.isEmpty else { return self }
        var copy = self
        copy.properties[first] = Self.setting(value, at: components.dropFirst(), in: copy.properties[first])
        return copy
    }

    /// `overriding(_:with:)` for a typed value (`bucket.arn`, a property struct, an enum).
    public func overriding(_ path: String, with value: some ExpressionConvertible) -> Self {
        overriding(path, with: value.expression)
    }

    private static func setting(_ value: Expr, at path: ArraySlice<String>, in current: Expr?) -> Expr {
        guard let key = path.first else { return value }
        let rest = path.dropFirst()
        if case .list(var items)? = current, let index = Int(key), items.indices.contains(index) {
            items[index] = setting(value, at: rest, in: items[index])
            return .list(items)
        }
        var fields: [String: Expr] = [:]
        if case .map(let existing)? = current { fields = existing }
        fields[key] = setting(value, at: rest, in: fields[key])
        return .map(fields)
    }
}
