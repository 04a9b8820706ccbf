/// A JSON document as read back from bytes: what the verifier, the deploy engine, the diff
/// and the template reader inspect. Objects keep their members in file order (templates are
/// written in a meaningful order, and diagnostics point at the first of repeated keys).
public indirect enum JSONNode: Sendable, Hashable {
    case string(String)
    /// A number written without fraction or exponent that fits in `Int`.
    case integer(Int)
    case number(Double)
    case bool(Bool)
    case null
    case array([JSONNode])
    case object([JSONMember])
}

/// One `"key": value` pair of an object.
public struct JSONMember: Sendable, Hashable {
    public let key: String
    public let value: JSONNode

    public init(key: String, value: JSONNode) {
        self.key = key
        self.value = value
    }
}

extension JSONNode {
    /// The value of the first member named `key`, when this is an object.
    public subscript(key: String) -> JSONNode? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }

    /// The element at `index`, when this is an array and the index is in range.
    public subscript(index: Int) -> JSONNode? {
        guard case .array(let elements) = self, elements.indices.contains(index) else { return nil }
        return elements[index]
    }

    public var string: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    /// Integers and other numbers alike, as `Double`.
    public var number: Double? {
        switch self {
        case .integer(let value): Double(value)
        case .number(let value): value
        default: nil
        }
    }

    public var integer: Int? {
        if case .integer(let value) = self { return value }
        return nil
    }

    public var bool: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    public var array: [JSONNode]? {
        if case .array(let elements) = self { return elements }
        return nil
    }

    /// The members in file order, when this is an object.
    public var members: [JSONMember]? {
        if case .object(let members) = self { return members }
        return nil
    }

    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }
}
