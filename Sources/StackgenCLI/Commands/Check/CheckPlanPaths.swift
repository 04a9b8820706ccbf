import StackgenAdopt
import StackgenEmit

/// The plan of hand-written templates deploys the templates themselves: each step's
/// template is the YAML/JSON file's path, not a synthesized `<stack>.template.json`, and
/// its command passes the parameter values samconfig.toml and `--param` gave.
enum CheckPlanPaths {
    static func render(_ plan: Plan, format: String, templates: [TemplateInput]) -> String {
        let paths = Dictionary(templates.map { ($0.stackName, $0.path) }, uniquingKeysWith: { first, _ in first })
        let words = Dictionary(templates.map { ($0.stackName, deployWords($0)) }, uniquingKeysWith: { first, _ in first })
        switch format {
        case "json": return CanonicalJSON.string(rewrite(plan.json, paths: paths, words: words))
        case "mermaid": return replaceMarkers(plan.mermaid, words: words)
        case "dot": return replaceMarkers(plan.dot, words: words)
        default: return replaceMarkers(plan.text, words: words)
        }
    }

    /// The template path, then `--parameter-overrides` of the values known for the template's
    /// own parameters (check's plans carry no cross-region bindings, so no other overrides).
    private static func deployWords(_ input: TemplateInput) -> String {
        let declared = Set((input.template["Parameters"]?.mapping ?? []).map(\.key))
        let overrides = input.parameterValues.keys.filter(declared.contains).sorted().map { shellWord("\($0)=\(input.parameterValues[$0] ?? "")") }
        return ([shellWord(input.path)] + (overrides.isEmpty ? [] : ["--parameter-overrides"] + overrides)).joined(separator: " ")
    }

    /// `@stackgen-check@/<stack>.template.json` (in deploy commands) → the template's path and values.
    private static func replaceMarkers(_ text: String, words: [String: String]) -> String {
        guard text.contains(CheckCommand.templateMarker) else { return text }
        var result = text
        for (stack, replacement) in words.sorted(by: { $0.key.count > $1.key.count }) {
            result = result.replacing("\(CheckCommand.templateMarker)/\(stack).template.json", with: replacement)
        }
        return result
    }

    private static func shellWord(_ path: String) -> String {
        let safe = path.unicodeScalars.allSatisfy { ($0.isASCII && $0.properties.isAlphabetic) || "0123456789-_./:=@,+".unicodeScalars.contains($0) }
        return safe && !path.isEmpty ? path : "'" + path.replacing("'", with: "'\\''") + "'"
    }

    private static func rewrite(_ value: JSONValue, paths: [String: String], words: [String: String], stack: String? = nil) -> JSONValue {
        switch value {
        case .object(let fields):
            let name = fields.first { $0.0 == "name" }.flatMap { field -> String? in
                if case .string(let text) = field.1 { return text }
                return nil
            } ?? stack
            return .object(
                fields.map { key, field in
                    if key == "template", case .string = field, let name, let path = paths[name] { return (key, .string(path)) }
                    if key == "command", case .string(let command) = field { return (key, .string(replaceMarkers(command, words: words))) }
                    return (key, rewrite(field, paths: paths, words: words, stack: name))
                })
        case .array(let items):
            return .array(items.map { rewrite($0, paths: paths, words: words, stack: stack) })
        default:
            return value
        }
    }
}
