/// A hand-written check on one resource type's properties (troposphere style: the
/// generated type stays generated, the check lives in its own file and says which
/// `Type.Property` it guards). Runs when the resource is declared; lowering reports what
/// it finds with the resource's model path and call site.
public protocol ResourceChecking: ResourceDefinition {
    func findings() -> [ResourceFinding]
}

extension ResourceDefinition {
    /// No checks: what every type without a hand-written check reports. A requirement of
    /// `ResourceDefinition` with this default, not a dynamic `as? ResourceChecking`: a
    /// cast makes the runtime scan every conformance of the catalog for each new type,
    /// which cost more than half of a small app's whole run.
    public func findings() -> [ResourceFinding] { [] }

    /// No overrides: what `GenericResource` and every type without storage for them reports.
    public var overrides: [PropertyOverride] { [] }
}

/// What a resource check found, before lowering gives it a place.
public struct ResourceFinding: Sendable, Hashable {
    public let code: Diagnostic.Code
    public let message: String
    /// A property path inside the resource, such as `Properties.Expires`.
    public let field: String
    public let hint: String?

    public init(_ code: Diagnostic.Code, message: String, field: String, hint: String? = nil) {
        self.code = code
        self.message = message
        self.field = field
        self.hint = hint
    }
}
