/// What the generator knows about one resource type after reading its schema; the
/// renderer turns this, and nothing else, into Swift text.
struct ResourceModel: Sendable {
    /// `AWS::S3::Bucket`
    let typeName: String
    /// `S3`
    let namespace: String
    /// `Bucket`
    let swiftName: String
    let documentationURL: String
    /// The schema's `description` of the type, as written there.
    let description: String?
    let properties: [PropertyModel]
    let attributes: [AttributeModel]
    /// Types nested in the resource type, sorted by name.
    let nestedTypes: [NestedType]
    /// Nested type name → the schema's `description` of the node it was declared for. Kept
    /// apart from `NestedType`, so a description never decides whether two shapes are equal.
    var nestedDescriptions: [String: String] = [:]
}

/// A settable property of a resource or of a nested property type.
struct PropertyModel: Sendable {
    /// `BucketName`
    let cfnName: String
    /// `bucketName`
    let swiftName: String
    let type: SwiftType
    let isRequired: Bool
    /// The schema's `description`; not part of a shape's identity (see `NestedType.signature`).
    var description: String? = nil
}

/// A `Fn::GetAtt` attribute.
struct AttributeModel: Sendable {
    /// `Dns.Realtime`
    let cfnName: String
    /// `dnsRealtime`
    let swiftName: String
    /// `String`, `Int`, `[String]` (the `T` of `Value<T>`).
    let valueType: String
    var description: String? = nil
}

/// A type the generator declares inside a resource type.
enum NestedType: Sendable {
    /// An object definition: a struct with an initializer over its properties. When the
    /// schema also allows a plain string in its place (SAM's `CodeUri: src/`), the struct
    /// takes a string literal too.
    case structure(name: String, properties: [PropertyModel], acceptsString: Bool)
    /// A string enum: a struct with one static member per known value.
    case enumeration(name: String, cases: [EnumCase])
    /// A tagged union (SAM event sources): one factory per `Type` value.
    case union(name: String, variants: [UnionVariant])
    /// A `oneOf` whose alternatives each hold one property: one factory per property, so
    /// exactly one is set.
    case choice(name: String, alternatives: [PropertyModel])

    var name: String {
        switch self {
        case .structure(let name, _, _), .enumeration(let name, _), .union(let name, _), .choice(let name, _):
            name
        }
    }
}

struct EnumCase: Sendable {
    let swiftName: String
    let rawValue: String
}

/// One alternative of a union: `{"Type": <typeValue>, "Properties": <payload>}`.
struct UnionVariant: Sendable {
    let swiftName: String
    let typeValue: String
    let payload: SwiftType
    let payloadRequired: Bool
}

/// The Swift shape of a schema node.
indirect enum SwiftType: Sendable, Equatable {
    case string, integer, number, boolean
    /// Free JSON: `Expr`.
    case json
    case list(SwiftType)
    case map(SwiftType)
    /// A type declared by the generator or the hand-written support code.
    case named(String)

    /// The `T` of a `Value<T>` for scalars and collections of scalars, or nil.
    var valueParameter: String? {
        switch self {
        case .string: "String"
        case .integer: "Int"
        case .number: "Double"
        case .boolean: "Bool"
        case .list(let element): element.valueParameter.map { "[\($0)]" }
        case .map(let element): element.valueParameter.map { "[String: \($0)]" }
        case .json, .named: nil
        }
    }

    /// The declared Swift type of a property of this shape.
    var swiftType: String {
        if let parameter = valueParameter { return "Value<\(parameter)>" }
        switch self {
        case .named(let name): return name
        case .list(.named(let name)): return "PropertyList<\(name)>"
        case .map(.named(let name)): return "PropertyMap<\(name)>"
        default: return "Expr"
        }
    }
}
