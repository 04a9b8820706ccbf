/// One CloudFormation stack being declared. A value type: build it with `var`, then hand
/// it to an `App`. Every `add…`/`parameter`/`output` returns a typed handle.
public struct Stack: Sendable {
    public let name: String
    /// The stack's own region (set it with a `Region`); nil deploys it to its app's.
    public internal(set) var region: String?
    public var account: String?
    public var description: String?
    public var tags: [String: String]
    public var transforms: [String] = []
    /// SAM `Globals` (`Function`, `Api`, …), written as free JSON.
    public var globals: [String: Expr] = [:]
    /// The template's `Metadata` section (`AWS::CloudFormation::Interface` parameter groups
    /// for the console, notes for tools).
    public var metadata: [String: Expr] = [:]
    /// The template's `Rules` section: assertions on parameter values that CloudFormation
    /// checks before it creates or updates anything (`Fn::Contains`, `Fn::EachMemberIn`, …).
    public var rules: [String: Expr] = [:]
    /// How values taken from stacks in other regions arrive here.
    public var crossRegionDelivery: CrossRegionDelivery = .parameter
    /// With `.getStackOutput`: the role `Fn::GetStackOutput` assumes to read the outputs of a
    /// stack in another account (it needs `cloudformation:DescribeStacks` there). Nil: the
    /// stack's own execution role, which works within one account.
    public var outputReaderRoleArn: String?
    public let location: SourceLocation

    public private(set) var resources: [ResourceDeclaration] = []
    public private(set) var parameters: [ParameterDeclaration] = []
    public private(set) var outputs: [OutputDeclaration] = []
    public private(set) var conditions: [ConditionDeclaration] = []
    public private(set) var mappings: [MappingDeclaration] = []

    /// A stack deployed to `region`, or to its app's region when nil.
    public init(
        _ name: String, region: Region? = nil, account: String? = nil, description: String? = nil,
        tags: [String: String] = [:], file: String = #fileID, line: Int = #line
    ) {
        self.name = name
        self.region = region?.name
        self.account = account
        self.description = description
        self.tags = tags
        self.location = SourceLocation(file: file, line: line)
    }

    /// Declares a resource and returns its typed handle.
    @discardableResult
    public mutating func add<D: ResourceDefinition>(
        _ logicalID: String, _ definition: D, dependsOn: [any DependencyTarget] = [],
        condition: Condition? = nil, deletionPolicy: RetentionPolicy? = nil,
        updateReplacePolicy: RetentionPolicy? = nil, metadata: Expr? = nil,
        creationPolicy: Expr? = nil, updatePolicy: Expr? = nil,
        file: String = #fileID, line: Int = #line
    ) -> Resource<D> {
        resources.append(
            ResourceDeclaration(
                logicalID: logicalID, type: definition.resourceType, properties: definition.properties,
                dependsOn: dependsOn.map(\.dependencyName), condition: condition?.name,
                deletionPolicy: deletionPolicy, updateReplacePolicy: updateReplacePolicy,
                metadata: metadata, creationPolicy: creationPolicy, updatePolicy: updatePolicy,
                location: SourceLocation(file: file, line: line),
                findings: definition.findings(), overrides: definition.overrides))
        return Resource(address: Address(stack: name, logicalID: logicalID, kind: .resource))
    }

    /// Declares a `String` parameter.
    public mutating func parameter(
        _ name: String, default defaultValue: String? = nil, description: String? = nil,
        allowedValues: [String] = [], noEcho: Bool = false, file: String = #fileID, line: Int = #line
    ) -> Parameter<String> {
        declareParameter(
            name, type: .string, defaultValue: defaultValue.map(Expr.string), description: description,
            allowedValues: allowedValues.map(Expr.string), noEcho: noEcho,
            location: SourceLocation(file: file, line: line))
    }

    /// Declares a parameter of any CloudFormation parameter type.
    public mutating func parameter<T>(
        _ name: String, type: ParameterType, of valueType: T.Type = T.self, default defaultValue: Expr? = nil,
        description: String? = nil, allowedValues: [Expr] = [], noEcho: Bool = false,
        constraints: ParameterConstraints = ParameterConstraints(), file: String = #fileID, line: Int = #line
    ) -> Parameter<T> {
        let handle: Parameter<T> = declareParameter(
            name, type: type, defaultValue: defaultValue, description: description,
            allowedValues: allowedValues, noEcho: noEcho, location: SourceLocation(file: file, line: line))
        parameters[parameters.count - 1].constraints = constraints
        return handle
    }

    private mutating func declareParameter<T>(
        _ name: String, type: ParameterType, defaultValue: Expr?, description: String?,
        allowedValues: [Expr], noEcho: Bool, location: SourceLocation
    ) -> Parameter<T> {
        parameters.append(
            ParameterDeclaration(
                name: name, type: type, defaultValue: defaultValue, description: description,
                allowedValues: allowedValues, noEcho: noEcho, location: location))
        return Parameter(address: Address(stack: self.name, logicalID: name, kind: .parameter))
    }

    /// Declares an output. Give `exportName` to keep a deployed export's name; without it
    /// the output is exported only if another stack uses it (as `<stack>:<key>`). Say who
    /// imports it from outside the app with `usedOutside` (`"the web build"`).
    @discardableResult
    public mutating func output<T>(
        _ key: String, _ value: Value<T>, description: String? = nil, exportName: String? = nil,
        condition: Condition? = nil, usedOutside: String? = nil, file: String = #fileID, line: Int = #line
    ) -> Output<T> {
        var declaration = OutputDeclaration(
            key: key, value: value.expression, description: description, exportName: exportName,
            condition: condition?.name, location: SourceLocation(file: file, line: line))
        declaration.usedOutside = usedOutside
        outputs.append(declaration)
        return Output(address: OutputAddress(stack: name, key: key))
    }

    /// Declares a condition.
    public mutating func condition(
        _ name: String, _ expression: ConditionExpression, file: String = #fileID, line: Int = #line
    ) -> Condition {
        conditions.append(
            ConditionDeclaration(
                name: name, expression: expression.expression, location: SourceLocation(file: file, line: line)))
        return Condition(stack: self.name, name: name)
    }

    /// Declares a mapping: top-level key → second-level key → value.
    public mutating func mapping(
        _ name: String, _ entries: [String: [String: Expr]], file: String = #fileID, line: Int = #line
    ) -> Mapping {
        mappings.append(MappingDeclaration(name: name, entries: entries, location: SourceLocation(file: file, line: line)))
        return Mapping(stack: self.name, name: name)
    }
}
