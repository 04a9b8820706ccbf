/// The value types an integer literal can stand for in a `Value<T>`: `Int`, and `Double`
/// for CloudFormation `Number` properties, so `errorCachingMinTTL: 0` compiles (and is
/// written as `0`).
public protocol IntegerLiteralValue {}
extension Int: IntegerLiteralValue {}
extension Double: IntegerLiteralValue {}

extension Expr {
    /// `0.0` as the integer `0`, `0.5` as the number: templates show whole numbers whole.
    static func wholeOrNumber(_ value: Double) -> Expr {
        if value.isFinite, value == value.rounded(), abs(value) < 9_007_199_254_740_992 {
            return .integer(Int(value))
        }
        return .number(value)
    }
}
