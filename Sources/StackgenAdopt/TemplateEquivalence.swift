import StackgenReader

/// Compares a hand-written template with the template synthesized from its import, as
/// trees, after normalising how intrinsics are spelled (`!GetAtt a.b` = `[a, b]`, a `Fn::Sub`
/// without variables = its string, import and export names resolved before deploy = their
/// literal). Each difference is one line for the import report.
public enum TemplateEquivalence {
    public static func differences(
        input: TemplateInput, synthesized: TemplateNode, droppedParameters: [String] = []
    ) -> [String] {
        let evaluator = StaticEvaluator(input)
        var original = normalise(input.template, evaluator: evaluator, resolveNames: true)
        if var parameters = original["Parameters"]?.mapping {
            parameters.removeAll { droppedParameters.contains($0.key) }
            original = replacing("Parameters", in: original, with: TemplateNode(.mapping(parameters), line: 0, column: 0))
        }
        let rebuilt = normalise(synthesized, evaluator: nil, resolveNames: false)
        var lines: [String] = []
        compare(original, rebuilt, path: "", file: input.path, into: &lines)
        return lines
    }

    private static func replacing(_ key: String, in node: TemplateNode, with value: TemplateNode) -> TemplateNode {
        var result = node
        result.value = .mapping((node.mapping ?? []).map { $0.key == key ? TemplateEntry(key: key, line: $0.line, column: $0.column, value: value) : $0 })
        return result
    }

    private static func normalise(_ node: TemplateNode, evaluator: StaticEvaluator?, resolveNames: Bool, key: String? = nil) -> TemplateNode {
        var result = node
        switch node.value {
        case .sequence(let items):
            result.value = .sequence(items.map { normalise($0, evaluator: evaluator, resolveNames: resolveNames) })
        case .mapping(let entries):
            if entries.count == 1, let evaluator, resolveNames, entries[0].key == "Fn::ImportValue",
                let name = evaluator.string(entries[0].value)
            {
                result.value = .mapping([TemplateEntry(key: "Fn::ImportValue", line: node.line, column: node.column, value: TemplateNode(.string(name), line: node.line, column: node.column))])
                return result
            }
            var normalised: [TemplateEntry] = []
            for entry in entries
            where !(key == nil && (entry.key == "AWSTemplateFormatVersion" || Self.isEmptySection(entry.value)))
                && !(entry.key == "Properties" && Self.isEmptySection(entry.value))
            {
                var value = normalise(entry.value, evaluator: evaluator, resolveNames: resolveNames, key: entry.key)
                switch entry.key {
                case "Fn::GetAtt":
                    if let text = value.string {
                        value.value = .sequence(text.split(separator: ".", maxSplits: 1).map { TemplateNode(.string(String($0)), line: value.line, column: value.column) })
                    }
                case "Fn::Sub":
                    if let items = value.sequence, items.count == 2, items[1].mapping?.isEmpty == true { value = items[0] }
                case "NoEcho":
                    // CloudFormation reads `'true'` and `true` alike here.
                    if let text = value.string, ["true", "false"].contains(text) { value.value = .boolean(text == "true") }
                case "DependsOn", "Transform":
                    if value.string != nil { value.value = .sequence([value]) }
                case "MinValue", "MaxValue", "MinLength", "MaxLength":
                    // CloudFormation reads a parameter's bounds as numbers, written `'1'` or `1`.
                    if let text = value.string, let number = Double(text) {
                        value.value = number.wholeValue.map(TemplateNode.Value.integer) ?? .float(number)
                    }
                case "Name" where key == "Export":
                    if let evaluator, let name = evaluator.string(entry.value) { value.value = .string(name) }
                default: break
                }
                normalised.append(TemplateEntry(key: entry.key, line: entry.line, column: entry.column, value: value))
            }
            result.value = .mapping(normalised)
            // `!Sub "${Name}"` is `!Ref Name` (import spells a name SAM generates that way), and
            // `!Sub "${Name.Attribute}"` is `!GetAtt Name.Attribute`.
            if normalised.count == 1, normalised[0].key == "Fn::Sub", let name = Self.soleVariable(normalised[0].value.string) {
                let at = { (text: Substring) in TemplateNode(.string(String(text)), line: node.line, column: node.column) }
                let parts = name.hasPrefix("AWS::") ? [name[...]] : name.split(separator: ".", maxSplits: 1)
                result.value = .mapping([
                    parts.count == 2
                        ? TemplateEntry(key: "Fn::GetAtt", line: normalised[0].line, column: normalised[0].column, value: TemplateNode(.sequence(parts.map(at)), line: node.line, column: node.column))
                        : TemplateEntry(key: "Ref", line: normalised[0].line, column: normalised[0].column, value: at(name[...])),
                ])
            }
        default:
            break
        }
        return result
    }

    /// `Name` of a substitution that is exactly `${Name}` (not an attribute, not a literal).
    private static func soleVariable(_ text: String?) -> String? {
        guard let text, text.hasPrefix("${"), text.hasSuffix("}"), text.count > 3 else { return nil }
        let name = text.dropFirst(2).dropLast()
        return name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == ":" || $0 == "." }) ? String(name) : nil
    }

    /// A top-level section written empty (`Mappings: {}`, `Parameters:` with nothing under
    /// it): the same template as one without it.
    private static func isEmptySection(_ node: TemplateNode) -> Bool {
        switch node.value {
        case .null: true
        case .mapping(let entries): entries.isEmpty
        default: false
        }
    }

    private static func compare(_ a: TemplateNode, _ b: TemplateNode, path: String, file: String, into lines: inout [String]) {
        switch (a.value, b.value) {
        case (.mapping(let left), .mapping(let right)):
            let rightKeys = Dictionary(right.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
            for entry in left {
                let child = path.isEmpty ? entry.key : "\(path).\(entry.key)"
                if let other = rightKeys[entry.key] {
                    compare(entry.value, other, path: child, file: file, into: &lines)
                } else {
                    lines.append("\(file):\(entry.line): \(child): not in the synthesized template")
                }
            }
            let leftKeys = Set(left.map(\.key))
            for entry in right where !leftKeys.contains(entry.key) {
                lines.append("\(file):\(a.line): \(path.isEmpty ? entry.key : "\(path).\(entry.key)"): added by synthesis: \(compact(entry.value))")
            }
        case (.sequence(let left), .sequence(let right)) where left.count == right.count:
            for (index, (x, y)) in zip(left, right).enumerated() { compare(x, y, path: "\(path)[\(index)]", file: file, into: &lines) }
        default:
            if !sameScalar(a.value, b.value) {
                lines.append("\(file):\(a.line): \(path): \(compact(a)) became \(compact(b))")
            }
        }
    }

    private static func sameScalar(_ a: TemplateNode.Value, _ b: TemplateNode.Value) -> Bool {
        switch (a, b) {
        case (.integer(let x), .float(let y)), (.float(let y), .integer(let x)): return Double(x) == y
        default: return a == b
        }
    }

    private static func compact(_ node: TemplateNode) -> String {
        PythonJSON.string(node).split(separator: "\n").map { $0.trimmingSpaces() }.joined(separator: " ")
    }
}
