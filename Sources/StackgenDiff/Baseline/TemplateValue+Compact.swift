import StackgenEmit

extension TemplateValue {
    /// One-line JSON for messages: `{"Fn::GetAtt":["Table","Arn"]}`.
    public var compact: String {
        switch self {
        case .string(let value): return Self.quoted(value)
        case .number: return String(CanonicalJSON.string(json).dropLast())
        case .boolean(let value): return value ? "true" : "false"
        case .null: return "null"
        case .array(let values): return "[" + values.map(\.compact).joined(separator: ",") + "]"
        case .object(let fields): return "{" + fields.map { Self.quoted($0.key) + ":" + $0.value.compact }.joined(separator: ",") + "}"
        }
    }

    private static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
