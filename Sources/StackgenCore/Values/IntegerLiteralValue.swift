/// The value types an integer literal can stand for in a `Value<T>`: `Int`, and `Double`
/// for CloudFormation `Number` properties, so `errorCachingMinTTL: 0` compiles (and is
/// written as `0`).
public protocol IntegerLiteralValue {}
extension Int: IntegerLiteralValue {}
extension Double: IntegerLiteralValue {}

extension Expr {
    /// `0.0` as the integer `0`, `0.5` as the number: templates show whole numbers whole.
    static func wholeOrNumber(_ value: Double) -> Expr {
        value.wholeValue.map(Expr.integer) ?? .number(value)
    }
}

extension Double {
    /// The integer a whole number is (`7.0` → `7`), nil for a fraction or a value an `Int`
    /// cannot hold exactly: templates and generated Swift show whole numbers whole.
    public var wholeValue: Int? {
        // `Int(_:)` truncates with a plain conversion; `rounded()` would need libm, which
        // an app linking only the catalog does not have.
        guard isFinite, self > -9_007_199_254_740_992, self < 9_007_199_254_740_992, Double(Int(self)) == self else { return nil }
        return Int(self)
    }
}
