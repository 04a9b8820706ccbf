import StackgenReader

/// What a template's values are before deploy, where that is knowable: pseudo parameters
/// of the stack, parameters (given values, then defaults), `Fn::Sub`, `Fn::Join`,
/// `Fn::Select`, `Fn::Split`, `Fn::FindInMap`, and conditions. Nil means "only known at
/// deploy time"; nothing is guessed.
struct StaticEvaluator {
    let stackName: String
    let region: String
    private let parameters: [String: String]
    private let listParameters: Set<String>
    private let conditions: [String: TemplateNode]
    private let mappings: TemplateNode?

    init(_ input: TemplateInput) {
        self.init(input.template, stackName: input.stackName, region: input.region, parameterValues: input.parameterValues)
    }

    init(_ template: TemplateNode, stackName: String, region: String, parameterValues: [String: String]) {
        self.stackName = stackName
        self.region = region
        var values: [String: String] = [:]
        var lists: Set<String> = []
        for entry in template["Parameters"]?.mapping ?? [] {
            if let type = entry.value["Type"]?.string, type.hasPrefix("List<") || type == "CommaDelimitedList" {
                lists.insert(entry.key)
            }
            if let given = parameterValues[entry.key] {
                values[entry.key] = given
            } else if let fallback = entry.value["Default"], let text = Self.scalarText(fallback) {
                values[entry.key] = text
            }
        }
        parameters = values
        listParameters = lists
        conditions = Dictionary(
            (template["Conditions"]?.mapping ?? []).map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
        mappings = template["Mappings"]
    }

    static func scalarText(_ node: TemplateNode) -> String? {
        switch node.value {
        case .string(let text): text
        case .integer(let number): String(number)
        case .float(let number): PythonJSON.float(number)
        case .boolean(let flag): flag ? "true" : "false"
        default: nil
        }
    }

    func string(_ node: TemplateNode) -> String? {
        if let text = Self.scalarText(node) { return text }
        guard let entry = node.singleEntry else { return nil }
        let argument = entry.value
        switch entry.key {
        case "Ref": return argument.string.flatMap(reference)
        case "Fn::Sub": return substitute(argument)
        case "Fn::Join":
            guard let items = argument.sequence, items.count == 2, let delimiter = items[0].string,
                let parts = list(items[1])
            else { return nil }
            return parts.joined(separator: delimiter)
        case "Fn::Select":
            guard let items = argument.sequence, items.count == 2, let index = string(items[0]).flatMap({ Int($0) }),
                let parts = list(items[1]), parts.indices.contains(index)
            else { return nil }
            return parts[index]
        case "Fn::If":
            guard let items = argument.sequence, items.count == 3, let name = items[0].string,
                let taken = condition(named: name)
            else { return nil }
            return string(taken ? items[1] : items[2])
        case "Fn::FindInMap":
            guard let items = argument.sequence, items.count >= 3, let map = items[0].string,
                let top = string(items[1]), let second = string(items[2]),
                let value = mappings?[map]?[top]?[second]
            else { return nil }
            return string(value)
        default: return nil
        }
    }

    func list(_ node: TemplateNode) -> [String]? {
        if let items = node.sequence {
            var result: [String] = []
            for item in items {
                guard let text = string(item) else { return nil }
                result.append(text)
            }
            return result
        }
        guard let entry = node.singleEntry else { return nil }
        switch entry.key {
        case "Fn::Split":
            guard let items = entry.value.sequence, items.count == 2, let delimiter = items[0].string, !delimiter.isEmpty,
                let text = string(items[1])
            else { return nil }
            return text.split(separator: delimiter, omittingEmptySubsequences: false).map(String.init)
        case "Ref":
            guard let name = entry.value.string, listParameters.contains(name), let text = parameters[name] else { return nil }
            // CloudFormation trims the spaces around each member of a list parameter.
            return text.split(separator: ",", omittingEmptySubsequences: false).map { String($0.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed()) }
        default:
            return nil
        }
    }

    private func reference(_ name: String) -> String? {
        switch name {
        case "AWS::StackName": stackName
        case "AWS::Region": region
        case "AWS::Partition": region.hasPrefix("cn-") ? "aws-cn" : region.hasPrefix("us-gov-") ? "aws-us-gov" : "aws"
        case "AWS::URLSuffix": region.hasPrefix("cn-") ? "amazonaws.com.cn" : "amazonaws.com"
        default: listParameters.contains(name) ? nil : parameters[name]
        }
    }

    /// `Fn::Sub` in both forms; `${!x}` is the literal `${x}`.
    private func substitute(_ argument: TemplateNode) -> String? {
        var variables: [String: TemplateNode] = [:]
        let template: String
        if let text = argument.string {
            template = text
        } else if let items = argument.sequence, items.count == 2, let text = items[0].string {
            template = text
            for entry in items[1].mapping ?? [] { variables[entry.key] = entry.value }
        } else {
            return nil
        }
        var result = ""
        var rest = Substring(template)
        while let open = rest.firstRange(of: "${") {
            result += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].firstIndex(of: "}") else { return nil }
            let name = String(rest[open.upperBound..<close])
            if name.hasPrefix("!") {
                result += "${" + name.dropFirst() + "}"
            } else if let variable = variables[name] {
                guard let text = string(variable) else { return nil }
                result += text
            } else if !name.contains("."), let text = reference(name) {
                result += text
            } else {
                return nil
            }
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    /// A named condition's value, when every input to it is known.
    func condition(named name: String) -> Bool? {
        var visiting: Set<String> = []
        return condition(named: name, visiting: &visiting)
    }

    private func condition(named name: String, visiting: inout Set<String>) -> Bool? {
        guard let expression = conditions[name], visiting.insert(name).inserted else { return nil }
        defer { visiting.remove(name) }
        return evaluate(expression, visiting: &visiting)
    }

    private func evaluate(_ node: TemplateNode, visiting: inout Set<String>) -> Bool? {
        if case .boolean(let flag) = node.value { return flag }
        guard let entry = node.singleEntry else { return nil }
        let items = entry.value.sequence ?? []
        switch entry.key {
        case "Condition": return entry.value.string.flatMap { condition(named: $0, visiting: &visiting) }
        case "Fn::Equals":
            guard items.count == 2, let left = string(items[0]), let right = string(items[1]) else { return nil }
            return left == right
        case "Fn::Not":
            guard items.count == 1, let value = evaluate(items[0], visiting: &visiting) else { return nil }
            return !value
        case "Fn::And", "Fn::Or":
            let decisive = entry.key == "Fn::Or"
            var unknown = false
            for item in items {
                guard let value = evaluate(item, visiting: &visiting) else {
                    unknown = true
                    continue
                }
                if value == decisive { return decisive }
            }
            return unknown ? nil : !decisive
        default:
            return nil
        }
    }
}
