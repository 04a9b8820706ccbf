/// The declarations a `Stack` collects, already untyped, each with the Swift call site that
/// made it. Lowering checks them and turns them into the `AppModel`.
public struct ResourceDeclaration: Sendable, Hashable {
    public let logicalID: String
    public let type: String
    public var properties: [String: Expr]
    public var dependsOn: [String]
    public var condition: String?
    public var deletionPolicy: RetentionPolicy?
    public var updateReplacePolicy: RetentionPolicy?
    public var metadata: Expr?
    /// `CreationPolicy` (signals to wait for) and `UpdatePolicy` (rolling updates, alias
    /// deployments), as CloudFormation reads them.
    public var creationPolicy: Expr?
    public var updatePolicy: Expr?
    public let location: SourceLocation
    /// What the type's hand-written checks found when it was declared.
    public var findings: [ResourceFinding] = []
    /// The `.overriding(_:with:)` calls of the definition, in call order.
    public var overrides: [PropertyOverride] = []

    /// Every value the resource holds that may reference something: properties, metadata and
    /// policies. One list, so a walker over references misses none; in no particular order
    /// (the walkers collect sets), so the resolver's pass over every resource sorts nothing.
    public var expressions: [Expr] {
        Array(properties.values) + [metadata, creationPolicy, updatePolicy].compactMap { $0 }
    }
}

public struct ParameterDeclaration: Sendable, Hashable {
    public let name: String
    public let type: ParameterType
    public var defaultValue: Expr?
    public var description: String?
    public var allowedValues: [Expr]
    public var noEcho: Bool
    /// `MinValue`/`MaxValue` for numbers, `MinLength`/`MaxLength`/`AllowedPattern` for text.
    public var constraints: ParameterConstraints = ParameterConstraints()
    public let location: SourceLocation

    public init(
        name: String, type: ParameterType, defaultValue: Expr?, description: String?, allowedValues: [Expr],
        noEcho: Bool, location: SourceLocation
    ) {
        self.name = name
        self.type = type
        self.defaultValue = defaultValue
        self.description = description
        self.allowedValues = allowedValues
        self.noEcho = noEcho
        self.location = location
    }
}

public struct OutputDeclaration: Sendable, Hashable {
    public let key: String
    public var value: Expr
    public var description: String?
    /// Kept exactly as given: deployed systems keep their export names.
    public var exportName: String?
    public var condition: String?
    /// Who uses the export outside the app (CI, a web build, another team's stack): the
    /// export is kept without an "unused export" warning.
    public var usedOutside: String?
    public let location: SourceLocation

    public init(
        key: String, value: Expr, description: String?, exportName: String?, condition: String?,
        location: SourceLocation
    ) {
        self.key = key
        self.value = value
        self.description = description
        self.exportName = exportName
        self.condition = condition
        self.location = location
    }
}

public struct ConditionDeclaration: Sendable, Hashable {
    public let name: String
    public let expression: Expr
    public let location: SourceLocation

    public init(name: String, expression: Expr, location: SourceLocation) {
        self.name = name
        self.expression = expression
        self.location = location
    }
}

public struct MappingDeclaration: Sendable, Hashable {
    public let name: String
    public let entries: [String: [String: Expr]]
    public let location: SourceLocation
}

/// The checks CloudFormation applies to a parameter's value before deploying.
public struct ParameterConstraints: Sendable, Hashable {
    public var minValue: Double?
    public var maxValue: Double?
    public var minLength: Int?
    public var maxLength: Int?
    public var allowedPattern: String?
    public var constraintDescription: String?

    public init(
        minValue: Double? = nil, maxValue: Double? = nil, minLength: Int? = nil, maxLength: Int? = nil,
        allowedPattern: String? = nil, constraintDescription: String? = nil
    ) {
        self.minValue = minValue
        self.maxValue = maxValue
        self.minLength = minLength
        self.maxLength = maxLength
        self.allowedPattern = allowedPattern
        self.constraintDescription = constraintDescription
    }
}

/// How a value used across regions reaches the consuming stack.
public enum CrossRegionDelivery: String, Sendable, Hashable {
    /// A stack parameter the plan fills from the producer's output at deploy time.
    case parameter
    /// `Fn::GetStackOutput`, resolved by CloudFormation itself.
    case getStackOutput
}
