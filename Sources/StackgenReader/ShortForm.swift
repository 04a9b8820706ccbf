/// CloudFormation's short-form tags, read as cfn-lint reads them: `!Ref x` → `{"Ref": x}`,
/// `!Condition c` → `{"Condition": c}`, every other `!X v` → `{"Fn::X": v}` (unknown ones
/// included, so a new intrinsic or a tool's own tag is kept, not lost). `!GetAtt a.b` splits
/// at the first dot. YAML's own `!!str`, `!!int`, … convert the scalar.
enum ShortForm {
    static func apply(tag: String, to node: TemplateNode, plain: String?, at mark: YAMLCursor.Mark, file: String)
        throws(ReadError) -> TemplateNode
    {
        if tag.hasPrefix("tag:yaml.org,2002:") {
            return try applyCoreTag(String(tag.dropFirst(18)), to: node, plain: plain, file: file)
        }
        guard tag.hasPrefix("!") else {
            throw ReadError(
                file: file, line: mark.line, column: mark.column + 1, message: "unsupported tag '!<\(tag)>'",
                hint: "use CloudFormation's short forms such as '!Ref' or '!Sub'")
        }
        let name = String(tag.dropFirst())
        let key = name == "Ref" || name == "Condition" ? name : "Fn::" + name
        var argument = node
        if let text = scalarText(node, plain: plain) {
            argument.value = .string(text)
            if key == "Fn::GetAtt" {
                let parts = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
                argument.value = .sequence(parts.map { TemplateNode(.string(String($0)), line: node.line, column: node.column) })
            }
        }
        let entry = TemplateEntry(key: key, line: mark.line, column: mark.column + 1, value: argument)
        return TemplateNode(.mapping([entry]), line: mark.line, column: mark.column + 1)
    }

    /// The text of a scalar node as written; nil for collections.
    private static func scalarText(_ node: TemplateNode, plain: String?) -> String? {
        if let plain { return plain }
        switch node.value {
        case .string(let text): return text
        case .null: return ""
        default: return nil
        }
    }

    private static func applyCoreTag(_ name: String, to node: TemplateNode, plain: String?, file: String)
        throws(ReadError) -> TemplateNode
    {
        var result = node
        let text = scalarText(node, plain: plain)
        switch (name, text) {
        case ("str", let text?):
            result.value = .string(text)
            return result
        case ("int", let text?):
            if let value = ScalarResolver.integer(Array(text.utf8)) {
                result.value = value
                return result
            }
        case ("float", let text?):
            if let value = ScalarResolver.float(Array(text.utf8)) ?? ScalarResolver.integer(Array(text.utf8)) {
                if case .integer(let number) = value { result.value = .float(Double(number)) } else { result.value = value }
                return result
            }
        case ("bool", let text?), ("null", let text?):
            let value = ScalarResolver.resolve(text)
            switch (name, value) {
            case ("bool", .boolean), ("null", .null):
                result.value = value
                return result
            default: break
            }
        case ("map", nil) where node.mapping != nil, ("seq", nil) where node.sequence != nil:
            return result
        default:
            break
        }
        throw ReadError(
            file: file, line: node.line, column: node.column, message: "value does not fit the tag '!!\(name)'",
            hint: "remove the tag, or write a value of that type")
    }
}
