import StackgenJSON

extension TemplateValue {
    /// Reads a JSON file (a template, `plan.json`, an AWS CLI answer).
    /// - Parameter file: named in the error, with the line and column.
    public static func parse(_ bytes: [UInt8], file: String) throws(BaselineError) -> TemplateValue {
        do throws(JSONParseError) {
            return TemplateValue(try JSONNode.parse(bytes))
        } catch {
            throw BaselineError(
                "not valid JSON: \(error.message)", at: "\(file):\(error.line):\(error.column)",
                hint: "stackgen reads the JSON files it wrote; restore this one from the synth (or git) that made it")
        }
    }

    init(_ node: JSONNode) {
        switch node {
        case .string(let value): self = .string(value)
        case .integer(let value): self = .number(Double(value))
        case .number(let value): self = .number(value)
        case .bool(let value): self = .boolean(value)
        case .null: self = .null
        case .array(let values): self = .array(values.map(TemplateValue.init))
        case .object(let members): self = .object(members.map { Field($0.key, TemplateValue($0.value)) })
        }
    }
}
