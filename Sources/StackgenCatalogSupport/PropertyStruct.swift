/// A generated property type (`S3.Bucket.VersioningConfiguration`): built from its
/// initializer, or from an intrinsic that yields one with `.intrinsic(_:)`.
///
/// ```swift
/// versioningConfiguration: .intrinsic(Fn.if(isProd, .init(status: .enabled).value, else: AWS.noValue()))
/// ```
public protocol PropertyStruct: ExpressionConvertible, Hashable {
    /// Wraps an expression as this type without checking it; the escape hatch for JSON the
    /// schema does not describe yet.
    init(unchecked expression: Expr)
}

extension PropertyStruct {
    /// An intrinsic (`Fn.if`, `AWS.noValue`, a parameter, …) that yields this type.
    public static func intrinsic(_ value: Value<Self>) -> Self {
        Self(unchecked: value.expression)
    }

    /// This value as a typed `Value`, to feed `Fn.if` and friends.
    public var value: Value<Self> { Value(expression: expression) }
}

/// A generated string enum (`DynamoDB.Table.BillingMode`). Known values are static members,
/// so a misspelled one does not compile; `.custom(_:)` takes a value newer than the schema
/// and `.intrinsic(_:)` any string-valued intrinsic (a parameter, `Fn.if`, an import).
public protocol PropertyEnum: ExpressionConvertible, Hashable {
    init(unchecked expression: Expr)
}

extension PropertyEnum {
    /// A value by its CloudFormation spelling.
    public init(rawValue: String) {
        self.init(unchecked: .string(rawValue))
    }

    /// A value the schema does not list yet.
    public static func custom(_ rawValue: String) -> Self {
        Self(rawValue: rawValue)
    }

    /// A string-valued intrinsic; CloudFormation checks the value at deploy time.
    public static func intrinsic(_ value: Value<String>) -> Self {
        Self(unchecked: value.expression)
    }

    /// The literal value, or nil when the value is an intrinsic.
    public var rawValue: String? {
        if case .string(let text) = expression { return text }
        return nil
    }

    /// This value as a `Value<String>`, to use where a plain string goes.
    public var value: Value<String> { Value(expression: expression) }
}

/// A generated tagged union (SAM event sources): `.api(...)`, `.sqs(...)`, …
public protocol PropertyUnion: PropertyStruct {}

extension PropertyUnion {
    /// `{"Type": type, "Properties": properties}`, leaving out absent properties.
    public init(type: String, properties: (any ExpressionConvertible)?) {
        var fields: [String: Expr] = ["Type": .string(type)]
        if let properties { fields["Properties"] = properties.expression }
        self.init(unchecked: .map(fields))
    }
}

/// A generated property type whose schema also allows a plain string in its place (SAM's
/// `CodeUri: src/`, `Cors: "'*'"`): a string literal or `.string(_:)` fits as well.
public protocol StringOrPropertyStruct: PropertyStruct, ExpressibleByStringLiteral {}

extension StringOrPropertyStruct {
    public init(stringLiteral value: String) {
        self.init(unchecked: .string(value))
    }

    /// The string form, from any string-valued value (a parameter, an interpolation).
    public static func string(_ value: Value<String>) -> Self {
        Self(unchecked: value.expression)
    }
}
