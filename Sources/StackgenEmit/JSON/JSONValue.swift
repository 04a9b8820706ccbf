import StackgenCore

/// JSON with objects kept in the order they were built; the emitters decide that order,
/// the writer only prints it.
public indirect enum JSONValue: Sendable, Hashable {
    case string(String)
    case integer(Int)
    case number(Double)
    case boolean(Bool)
    case null
    case array([JSONValue])
    case object([(String, JSONValue)])
    /// A CloudFormation value, written straight from the value tree (see `ExprEncoder`),
    /// so property trees are never copied into an intermediate JSON tree.
    case expression(Expr)

    public static func == (a: JSONValue, b: JSONValue) -> Bool {
        CanonicalJSON.string(a) == CanonicalJSON.string(b)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(CanonicalJSON.string(self))
    }

    /// An object from a dictionary, keys sorted by their UTF-8 bytes.
    public static func sortedObject(_ fields: [String: JSONValue]) -> JSONValue {
        .object(fields.keys.sorted(by: CanonicalJSON.keyOrder).map { ($0, fields[$0]!) })
    }
}
