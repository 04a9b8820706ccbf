/// What every resource type offers the model: its CloudFormation type name and its
/// properties as an untyped tree. Generated catalog types and `GenericResource` conform.
public protocol ResourceDefinition: Sendable {
    /// `AWS::S3::Bucket`, `AWS::Serverless::Function`, …
    var resourceType: String { get }
    /// The `Properties` section; empty properties are left out of the template.
    var properties: [String: Expr] { get }
    /// What the type's hand-written checks find (see `ResourceChecking`); none by default.
    func findings() -> [ResourceFinding]
    /// The `.overriding(_:with:)` calls made on it (`PropertyOverridable`); none by default.
    var overrides: [PropertyOverride] { get }
}

/// A resource type the typed catalog does not cover (yet): type name plus property tree.
public struct GenericResource: ResourceDefinition {
    public let resourceType: String
    public let properties: [String: Expr]

    public init(_ resourceType: String, properties: [String: Expr] = [:]) {
        self.resourceType = resourceType
        self.properties = properties
    }
}

/// Fills a `Properties` map from optional typed fields; generated types use it so that an
/// unset optional leaves no key behind.
public struct PropertyBag: Sendable {
    public private(set) var fields: [String: Expr] = [:]

    public init() {}

    /// A bag is filled once, key by key, so assigning nil leaves the key unset without a
    /// lookup: generated initializers pass every optional property, most of them nil.
    public subscript(key: String) -> (any ExpressionConvertible)? {
        get { fields[key] }
        set {
            guard let newValue else { return }
            fields[key] = newValue.expression
        }
    }
}

/// The `DeletionPolicy` / `UpdateReplacePolicy` values.
public enum RetentionPolicy: String, Sendable, Hashable {
    case delete = "Delete"
    case retain = "Retain"
    case retainExceptOnCreate = "RetainExceptOnCreate"
    case snapshot = "Snapshot"
}
