import StackgenReader

/// Writes a template tree as block YAML with CloudFormation's short-form tags (`!Ref`,
/// `!GetAtt a.b`, `!Sub`, …): the hand-written shape `check` reads in the benchmark.
enum YAMLWriter {
    static func yaml(_ node: TemplateNode) -> String {
        var out = ""
        writeMapping(node.mapping ?? [], indent: 0, into: &out)
        return out
    }

    private static func writeMapping(_ entries: [TemplateEntry], indent: Int, into out: inout String) {
        for entry in entries {
            out += String(repeating: " ", count: indent) + quoted(entry.key) + ":"
            writeValue(entry.value, indent: indent + 2, into: &out)
        }
    }

    /// After `key:` or `-`: a scalar or tag on the same line, a collection below.
    private static func writeValue(_ node: TemplateNode, indent: Int, into out: inout String) {
        if let (tag, argument) = shortForm(node) {
            out += " " + tag
            if let scalar = scalarText(argument) {
                out += " " + scalar + "\n"
            } else {
                writeValue(argument, indent: indent, into: &out)
            }
            return
        }
        switch node.value {
        case .mapping(let entries) where !entries.isEmpty:
            out += "\n"
            writeMapping(entries, indent: indent, into: &out)
        case .sequence(let items) where !items.isEmpty:
            out += "\n"
            for item in items {
                out += String(repeating: " ", count: indent) + "-"
                writeValue(item, indent: indent + 2, into: &out)
            }
        default:
            out += " " + (scalarText(node) ?? "") + "\n"
        }
    }

    private static func shortForm(_ node: TemplateNode) -> (String, TemplateNode)? {
        guard let entry = node.singleEntry else { return nil }
        if entry.key == "Ref" || entry.key == "Condition" { return ("!" + entry.key, entry.value) }
        guard entry.key.hasPrefix("Fn::"), !entry.key.dropFirst(4).contains(":") else { return nil }
        let name = String(entry.key.dropFirst(4))
        if name == "GetAtt", let parts = entry.value.sequence?.compactMap(\.string), parts.count == 2 {
            return ("!GetAtt", TemplateNode(.string(parts.joined(separator: ".")), line: node.line, column: node.column))
        }
        return ("!" + name, entry.value)
    }

    private static func scalarText(_ node: TemplateNode) -> String? {
        switch node.value {
        case .string(let text): quoted(text)
        case .integer(let number): String(number)
        case .float(let number): String(number)
        case .boolean(let flag): flag ? "true" : "false"
        case .null: "null"
        case .sequence(let items) where items.isEmpty: "[]"
        case .mapping(let entries) where entries.isEmpty: "{}"
        default: nil
        }
    }

    private static func quoted(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value < 0x20 }) else {
            return "'" + text.replacing("'", with: "''") + "'"
        }
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 { result += "\\x" + (scalar.value < 16 ? "0" : "") + String(scalar.value, radix: 16) } else { result.unicodeScalars.append(scalar) }
            }
        }
        return result + "\""
    }
}
