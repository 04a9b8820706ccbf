/// What the compiler knows about one resource type, generated from the registry schemas
/// that cfn-lint 1.58.0 bundles (and SAM's, for `AWS::Serverless::*`).
public struct ResourceTypeFacts: Sendable, Hashable {
    /// `AWS::RDS::DBCluster`
    public let typeName: String
    /// Every valid `Fn::GetAtt` attribute name, nested ones `.`-joined (`Endpoint.Address`).
    public let attributes: Set<String>
    /// Prefixes under which any attribute is valid: `Outputs.` for a nested stack, the empty
    /// string for a custom resource. Use `hasAttribute(_:)` to check a name.
    public let attributePrefixes: [String]
    /// Property paths whose change replaces the resource, `/`-joined (`KeySchema`,
    /// `VpcConfig/SubnetIds`).
    public let createOnlyProperties: Set<String>
    /// Property paths the schema marks deprecated.
    public let deprecatedProperties: Set<String>
    /// The capability a template declaring this type needs, whatever its properties.
    public let requiredCapability: Capability?
    /// The property that, when set, names the resource and so asks for `.namedIAM`.
    public let namedIAMProperty: String?
    /// True when deleting or replacing the resource loses data (tables, buckets, user pools,
    /// clusters, …): cfn-lint's list for its rule I3011, and the SAM types that become one.
    public let isStateful: Bool
    /// For a SAM type, the CloudFormation type its transform turns it into.
    public let transformsTo: String?

    /// True when `Fn::GetAtt` accepts `name` on this type.
    public func hasAttribute(_ name: String) -> Bool {
        attributes.contains(name) || attributePrefixes.contains { name.hasPrefix($0) && name.count > $0.count }
    }

    /// The capability a resource of this type needs, given which properties it sets.
    public func requiredCapability(settingProperty isSet: (String) -> Bool) -> Capability? {
        if let property = namedIAMProperty, isSet(property) { return .namedIAM }
        return requiredCapability
    }
}
