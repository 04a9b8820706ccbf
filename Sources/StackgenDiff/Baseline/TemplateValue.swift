/// A JSON value read back from an emitted or deployed template. Objects keep the order they
/// were read in (so a template written back stays canonical), but compare as maps: a
/// deployed template may list keys in another order and still mean the same.
public indirect enum TemplateValue: Sendable {
    case string(String)
    case number(Double)
    case boolean(Bool)
    case null
    case array([TemplateValue])
    case object([Field])

    public struct Field: Sendable, Hashable {
        public let key: String
        public let value: TemplateValue

        public init(_ key: String, _ value: TemplateValue) {
            self.key = key
            self.value = value
        }
    }

    public subscript(key: String) -> TemplateValue? {
        guard case .object(let fields) = self else { return nil }
        return fields.first { $0.key == key }?.value
    }

    public var string: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    public var array: [TemplateValue]? {
        if case .array(let value) = self { return value }
        return nil
    }

    public var fields: [Field]? {
        if case .object(let value) = self { return value }
        return nil
    }

    /// A copy with `key` set (replaced in place, or appended).
    public func setting(_ key: String, to value: TemplateValue) -> TemplateValue {
        var fields = self.fields ?? []
        if let index = fields.firstIndex(where: { $0.key == key }) {
            fields[index] = Field(key, value)
        } else {
            fields.append(Field(key, value))
        }
        return .object(fields)
    }
}

extension TemplateValue: Hashable {
    public static func == (a: TemplateValue, b: TemplateValue) -> Bool {
        switch (a, b) {
        case (.string(let x), .string(let y)): x == y
        case (.number(let x), .number(let y)): x == y
        case (.boolean(let x), .boolean(let y)): x == y
        case (.null, .null): true
        case (.array(let x), .array(let y)): x == y
        case (.object(let x), .object(let y)): x.count == y.count && x.sortedByKey == y.sortedByKey
        default: false
        }
    }

    public func hash(into hasher: inout Hasher) {
        switch self {
        case .string(let value): hasher.combine(0); hasher.combine(value)
        case .number(let value): hasher.combine(1); hasher.combine(value)
        case .boolean(let value): hasher.combine(2); hasher.combine(value)
        case .null: hasher.combine(3)
        case .array(let values): hasher.combine(4); hasher.combine(values)
        case .object(let fields): hasher.combine(5); hasher.combine(fields.sortedByKey)
        }
    }
}

extension [TemplateValue.Field] {
    var sortedByKey: [TemplateValue.Field] { sorted { $0.key < $1.key } }
}

// Literals, so tests and fixtures read like the JSON they stand for.
extension TemplateValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral,
    ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral, ExpressibleByNilLiteral
{
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .number(Double(value)) }
    public init(floatLiteral value: Double) { self = .number(value) }
    public init(booleanLiteral value: Bool) { self = .boolean(value) }
    public init(arrayLiteral elements: TemplateValue...) { self = .array(elements) }
    public init(dictionaryLiteral elements: (String, TemplateValue)...) { self = .object(elements.map { Field($0, $1) }) }
    public init(nilLiteral: ()) { self = .null }
}
