import StackgenEmit

extension TemplateValue {
    /// The value for the canonical writer. Whole numbers print as integers, as the
    /// template emitter writes them.
    public var json: JSONValue {
        switch self {
        case .string(let value): .string(value)
        case .number(let value):
            if value == value.rounded(), abs(value) < 9_007_199_254_740_992 { .integer(Int(value)) } else { .number(value) }
        case .boolean(let value): .boolean(value)
        case .null: .null
        case .array(let values): .array(values.map(\.json))
        case .object(let fields): .object(fields.map { ($0.key, $0.value.json) })
        }
    }
}
