/// A list of generated property types or enums: an array literal of elements, or an
/// intrinsic yielding the whole list.
///
/// (`Value<[T]>` covers lists of scalars; its array literal takes `Value<T>` elements,
/// which a property struct is not.)
public struct PropertyList<Element: ExpressionConvertible>: ExpressionConvertible, Hashable,
    ExpressibleByArrayLiteral
{
    public let expression: Expr

    public init(arrayLiteral elements: Element...) {
        expression = .list(elements.map(\.expression))
    }

    public init(_ elements: [Element]) {
        expression = .list(elements.map(\.expression))
    }

    /// An intrinsic (a parameter, `Fn.if`, …) yielding the whole list.
    public static func intrinsic(_ value: Value<[Element]>) -> Self {
        Self(unchecked: value.expression)
    }

    private init(unchecked expression: Expr) {
        self.expression = expression
    }
}

/// A string-keyed map of generated property types (SAM `Events`, …): a dictionary literal,
/// or an intrinsic yielding the whole map.
public struct PropertyMap<Element: ExpressionConvertible>: ExpressionConvertible, Hashable,
    ExpressibleByDictionaryLiteral
{
    public let expression: Expr

    public init(dictionaryLiteral elements: (String, Element)...) {
        var fields: [String: Expr] = [:]
        for (key, value) in elements { fields[key] = value.expression }
        expression = .map(fields)
    }

    public init(_ elements: [String: Element]) {
        expression = .map(elements.mapValues(\.expression))
    }

    /// An intrinsic yielding the whole map.
    public static func intrinsic(_ value: Value<[String: Element]>) -> Self {
        Self(unchecked: value.expression)
    }

    private init(unchecked expression: Expr) {
        self.expression = expression
    }
}
