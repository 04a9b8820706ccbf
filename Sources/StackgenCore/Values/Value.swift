/// A CloudFormation value known to yield a `T`: a literal, or an intrinsic of that type.
///
/// `T` is a phantom: it exists so that a `Value<Int>` cannot go where a `Value<String>`
/// is expected. The payload is always the untyped `Expr`.
public struct Value<T>: Sendable, Hashable, ExpressionConvertible {
    public let expression: Expr

    public init(expression: Expr) {
        self.expression = expression
    }
}

/// Anything that lowers to an `Expr`: values, generated property structs, policy documents.
public protocol ExpressionConvertible: Sendable {
    var expression: Expr { get }
}

/// Marks the Swift types that stand for CloudFormation lists, so `Value<[T]>` can take an
/// array literal of `Value<T>`.
public protocol CloudFormationList {
    associatedtype Element
}
extension Array: CloudFormationList {}

/// Marks the Swift types that stand for CloudFormation maps with string keys.
public protocol CloudFormationMap {
    associatedtype MapValue
}
extension Dictionary: CloudFormationMap where Key == String {
    public typealias MapValue = Value
}

extension Value: ExpressibleByUnicodeScalarLiteral, ExpressibleByExtendedGraphemeClusterLiteral,
    ExpressibleByStringLiteral
where T == String {
    public init(stringLiteral value: String) { self.init(expression: .string(value)) }
    public init(_ literal: String) { self.init(expression: .string(literal)) }
}

// An integer literal fits `Int` and `Double` (a CloudFormation `Number`:
// `errorCachingMinTTL: 0`); see `IntegerLiteralValue`.
extension Value: ExpressibleByIntegerLiteral where T: IntegerLiteralValue {
    public init(integerLiteral value: Int) { self.init(expression: .integer(value)) }
}

extension Value where T == Int {
    public init(_ literal: Int) { self.init(expression: .integer(literal)) }
}

extension Value: ExpressibleByFloatLiteral where T == Double {
    public init(floatLiteral value: Double) { self.init(value) }
    /// A whole number is written as an integer (`0.0` as `0`).
    public init(_ literal: Double) { self.init(expression: .wholeOrNumber(literal)) }
}

extension Value where T == Double {
    /// Whole numbers are common for `Number` properties; let them be written as such.
    public static func whole(_ value: Int) -> Self { Self(expression: .integer(value)) }
}

extension Value: ExpressibleByBooleanLiteral where T == Bool {
    public init(booleanLiteral value: Bool) { self.init(expression: .boolean(value)) }
    public init(_ literal: Bool) { self.init(expression: .boolean(literal)) }
}

extension Value: ExpressibleByArrayLiteral where T: CloudFormationList {
    public init(arrayLiteral elements: StackgenCore.Value<T.Element>...) {
        self.init(expression: .list(elements.map(\.expression)))
    }
    public init(_ elements: [StackgenCore.Value<T.Element>]) {
        self.init(expression: .list(elements.map(\.expression)))
    }
}

extension Value: ExpressibleByDictionaryLiteral where T: CloudFormationMap {
    public init(dictionaryLiteral elements: (String, StackgenCore.Value<T.MapValue>)...) {
        var fields: [String: Expr] = [:]
        for (key, value) in elements { fields[key] = value.expression }
        self.init(expression: .map(fields))
    }
    public init(_ fields: [String: StackgenCore.Value<T.MapValue>]) {
        self.init(expression: .map(fields.mapValues(\.expression)))
    }
}

extension Expr: ExpressionConvertible {
    public var expression: Expr { self }
}
