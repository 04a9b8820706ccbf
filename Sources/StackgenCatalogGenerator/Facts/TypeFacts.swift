/// What the compiler's stages need to know about one resource type, read from its registry
/// schema (and the few lists cfn-lint keeps beside the schemas), rendered into
/// `StackgenFacts`.
struct TypeFacts: Sendable, Equatable {
    /// `AWS::RDS::DBCluster`
    let typeName: String
    /// Valid `Fn::GetAtt` names, `.`-joined (`Endpoint.Address`), sorted.
    let attributes: [String]
    /// Prefixes under which any attribute name is valid (`Outputs.` of a nested stack).
    let attributePrefixes: [String]
    /// `/`-joined property paths below `/properties/`, sorted.
    let createOnlyProperties: [String]
    let deprecatedProperties: [String]
    /// `iam` for the IAM types CloudFormation asks a capability for.
    let needsIAM: Bool
    /// The property that, when set, makes the resource a named IAM resource.
    let namedIAMProperty: String?
    let isStateful: Bool
}
