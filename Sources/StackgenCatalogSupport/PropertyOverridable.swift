/// A generated resource type whose properties can be overridden by path: the escape hatch
/// for a property the schema does not describe (yet), which keeps the typed handle and its
/// attributes (unlike falling back to `GenericResource`).
///
/// ```swift
/// let bucket = stack.add("Site", S3.Bucket(bucketName: "site")
///     .overriding("OwnershipControls.Rules.0.ObjectOwnership", with: "BucketOwnerEnforced"))
/// bucket.arn  // still typed
/// ```
///
/// Each call is remembered with its call site: lowering reports a path that cannot be
/// applied (SG110), and the verifier confirms the value is in the emitted template.
public protocol PropertyOverridable: ResourceDefinition {
    var properties: [String: Expr] { get set }
    var overrides: [PropertyOverride] { get set }
}

extension PropertyOverridable {
    /// This resource with `value` at `path`: property names joined by `.`, list items by
    /// index (`Rules.0.Status`; one past the end appends); a leading `Properties.` is
    /// allowed. Missing maps are created and the value at the path's end is replaced. A
    /// path that runs through a single value, takes an index of a map or a key of a list,
    /// or has an empty segment changes nothing and is reported when the app is lowered.
    public func overriding(_ path: String, with value: Expr, file: String = #fileID, line: Int = #line) -> Self {
        var copy = self
        let override = PropertyOverride.apply(
            path, value: value, to: &copy.properties, location: SourceLocation(file: file, line: line))
        copy.overrides.append(override)
        return copy
    }

    /// `overriding(_:with:)` for a typed value (`bucket.arn`, a property struct, an enum).
    public func overriding(
        _ path: String, with value: some ExpressionConvertible, file: String = #fileID, line: Int = #line
    ) -> Self {
        overriding(path, with: value.expression, file: file, line: line)
    }
}
