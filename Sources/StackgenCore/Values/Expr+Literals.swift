// Free-form JSON (policy documents, OpenAPI bodies, tool schemas) is written as an `Expr`
// literal; typed values join in through `.expression` or `Expr(_:)`.

extension Expr: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
}

extension Expr: ExpressibleByIntegerLiteral {
    public init(integerLiteral value: Int) { self = .integer(value) }
}

extension Expr: ExpressibleByFloatLiteral {
    public init(floatLiteral value: Double) { self = .number(value) }
}

extension Expr: ExpressibleByBooleanLiteral {
    public init(booleanLiteral value: Bool) { self = .boolean(value) }
}

extension Expr: ExpressibleByNilLiteral {
    public init(nilLiteral: ()) { self = .null }
}

extension Expr: ExpressibleByArrayLiteral {
    public init(arrayLiteral elements: Expr...) { self = .list(elements) }
}

extension Expr: ExpressibleByDictionaryLiteral {
    /// A later duplicate key wins, as in a Swift dictionary built by assignment.
    public init(dictionaryLiteral elements: (String, Expr)...) {
        var fields: [String: Expr] = [:]
        for (key, value) in elements { fields[key] = value }
        self = .map(fields)
    }
}

extension Expr {
    /// Wraps any typed value so it can sit inside a JSON literal.
    public init(_ value: some ExpressionConvertible) {
        self = value.expression
    }
}

extension Expr: ExpressibleByStringInterpolation {
    /// `"\(stage)-events"` inside a JSON literal builds the same text a `Value<String>` would.
    public init(stringInterpolation: StackgenCore.Value<String>.StringInterpolation) {
        self = StackgenCore.Value<String>(stringInterpolation: stringInterpolation).expression
    }
}
