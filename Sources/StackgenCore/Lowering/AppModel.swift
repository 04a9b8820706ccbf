/// The checked model: every name valid and unique, every stack's region and account
/// settled. What the resolver consumes.
public struct AppModel: Sendable {
    public let name: String
    public let stacks: [StackModel]
    public let scripts: [ScriptStep]
    public let externalExports: [String: SourceLocation]

    public func stack(named name: String) -> StackModel? {
        stacks.first { $0.name == name }
    }
}

/// A stack after lowering; declarations stay in source order.
public struct StackModel: Sendable {
    public let name: String
    public let region: String
    public let account: String?
    public let description: String?
    public let tags: [String: String]
    public let transforms: [String]
    public let globals: [String: Expr]
    public let crossRegionDelivery: CrossRegionDelivery
    public let outputReaderRoleArn: String?
    public let location: SourceLocation
    public let resources: [ResourceDeclaration]
    public let parameters: [ParameterDeclaration]
    public let outputs: [OutputDeclaration]
    public let conditions: [ConditionDeclaration]
    public let mappings: [MappingDeclaration]

    public var path: ModelPath { .stack(name) }
}
