import StackgenJSON

/// Checks that every name an intrinsic function, `DependsOn` or `Condition` uses is declared
/// in the same template, in every section (Globals included), and collects the imports and
/// attributes the app-wide checks look at afterwards.
struct ReferenceCheck {
    let file: String
    let declarations: TemplateDeclarations
    private(set) var findings: [VerificationFinding] = []
    private(set) var uses = TemplateUses()
    private var path = JSONPath()

    init(file: String, declarations: TemplateDeclarations) {
        self.file = file
        self.declarations = declarations
    }

    mutating func walk(_ template: JSONNode) {
        for section in template.members ?? [] {
            path.push(section.key)
            switch section.key {
            case "Resources", "Outputs":
                for entry in section.value.members ?? [] {
                    path.push(entry.key)
                    walkDeclaration(entry.value)
                    path.pop()
                }
            case "Conditions":
                walk(section.value, inConditions: true)
            default:
                walk(section.value, inConditions: false)
            }
            path.pop()
        }
    }

    /// A resource or output: its `Condition` and `DependsOn` attributes name things too.
    private mutating func walkDeclaration(_ declaration: JSONNode) {
        for member in declaration.members ?? [] {
            path.push(member.key)
            switch member.key {
            case "Condition":
                checkCondition(member.value, message: Message.condition)
            case "DependsOn":
                if let names = member.value.array {
                    for (index, name) in names.enumerated() {
                        path.push(index: index)
                        checkDependency(name)
                        path.pop()
                    }
                } else {
                    checkDependency(member.value)
                }
            default:
                walk(member.value, inConditions: false)
            }
            path.pop()
        }
    }

    private mutating func walk(_ node: JSONNode, inConditions: Bool) {
        switch node {
        case .object(let members):
            if members.count == 1, isIntrinsic(members[0].key, inConditions: inConditions) {
                path.push(members[0].key)
                intrinsic(members[0].key, members[0].value, inConditions: inConditions)
                path.pop()
                return
            }
            for member in members {
                path.push(member.key)
                walk(member.value, inConditions: inConditions)
                path.pop()
            }
        case .array(let elements):
            walkElements(elements, from: 0, inConditions: inConditions)
        default:
            break
        }
    }

    private mutating func walkElements(_ elements: [JSONNode], from start: Int, inConditions: Bool) {
        for index in elements.indices where index >= start {
            path.push(index: index)
            walk(elements[index], inConditions: inConditions)
            path.pop()
        }
    }

    /// `{"Condition": name}` is a function only inside `Conditions`; elsewhere (an IAM
    /// statement) `Condition` is an ordinary key.
    private func isIntrinsic(_ key: String, inConditions: Bool) -> Bool {
        key == "Ref" || key.hasPrefix("Fn::") || (inConditions && key == "Condition")
    }

    private mutating func intrinsic(_ function: String, _ argument: JSONNode, inConditions: Bool) {
        let arguments = argument.array ?? []
        if inConditions { checkConditionInput(function, argument) }
        switch function {
        case "Ref":
            guard let name = argument.string else { return report(name: "", Message.refNotText) }
            if !declarations.isReferenceable(name) { report(name: name, Message.ref(name)) }
        case "Fn::GetAtt":
            let parts = argument.string.map(Self.splitAttribute) ?? (arguments.first?.string, arguments.count > 1 ? arguments[1].string : nil)
            if let target = parts.0 { checkAttribute(of: target, parts.1, written: "\(target).\(parts.1 ?? "…")", function: "Fn::GetAtt") }
            walkElements(arguments, from: 1, inConditions: inConditions)
        case "Fn::Sub":
            checkSubstitution(argument, inConditions: inConditions)
        case "Fn::FindInMap":
            checkMapLookup(arguments)
            walkElements(arguments, from: 1, inConditions: inConditions)
        case "Fn::If":
            checkCondition(arguments.first ?? .null, message: Message.ifCondition)
            walkElements(arguments, from: 1, inConditions: inConditions)
        case "Condition":
            checkCondition(argument, message: Message.condition)
        case "Fn::ImportValue":
            uses.imports.append(.init(name: argument.string, path: path.description))
            walk(argument, inConditions: inConditions)
        default:
            walk(argument, inConditions: inConditions)
        }
    }

    /// CloudFormation evaluates conditions before it creates anything: they may read
    /// parameters, mappings and other conditions, never a resource or an import.
    private mutating func checkConditionInput(_ function: String, _ argument: JSONNode) {
        switch function {
        case "Ref":
            if let name = argument.string, declarations.parameters[name] == nil, declarations.resourceType(name) != nil {
                report(name: name, Message.conditionInput("Ref '\(name)'"))
            }
        case "Fn::GetAtt":
            let target = argument.string.map(Self.splitAttribute)?.0 ?? argument[0]?.string ?? ""
            report(name: target, Message.conditionInput("Fn::GetAtt of '\(target)'"))
        case "Fn::ImportValue":
            let name = argument.string ?? ""
            report(name: name, Message.conditionInput("Fn::ImportValue '\(name)'"))
        default:
            break
        }
    }

    private static func splitAttribute(_ text: String) -> (String?, String?) {
        guard let dot = text.firstIndex(of: ".") else { return (text, nil) }
        return (String(text[..<dot]), String(text[text.index(after: dot)...]))
    }

    private mutating func checkAttribute(of target: String, _ attribute: String?, written: String, function: String) {
        guard let type = declarations.resourceType(target) else {
            return report(name: target, Message.attributeTarget(written, function: function))
        }
        if let attribute {
            uses.attributes.append(.init(resource: target, type: type, attribute: attribute, path: path.description))
        }
    }

    private mutating func checkSubstitution(_ argument: JSONNode, inConditions: Bool) {
        let text = argument.string ?? argument[0]?.string ?? ""
        let variables = argument[1]
        for name in SubstitutionVariables.names(in: text) where variables?[name] == nil {
            if declarations.isReferenceable(name) { continue }
            if name.contains(".") {
                let (target, attribute) = Self.splitAttribute(name)
                checkAttribute(of: target ?? "", attribute, written: "${\(name)}", function: "Fn::Sub variable")
            } else {
                report(name: name, Message.subVariable(name))
            }
        }
        if let variables {
            path.push(index: 1)
            walk(variables, inConditions: inConditions)
            path.pop()
        }
    }

    private mutating func checkMapLookup(_ arguments: [JSONNode]) {
        guard let map = arguments.first?.string else { return }
        guard let keys = declarations.mappings[map] else { return report(name: map, Message.map(map)) }
        // With a fourth argument (`DefaultValue`, AWS::LanguageExtensions) a missing key is legal.
        guard arguments.count == 3, let top = arguments[1].string else { return }
        guard let second = keys[top] else {
            path.push(index: 1)
            report(name: top, Message.topKey(top, map: map))
            return path.pop()
        }
        if let key = arguments[2].string, !second.contains(key) {
            path.push(index: 2)
            report(name: key, Message.secondKey(key, top: top, map: map))
            path.pop()
        }
    }

    private mutating func checkCondition(_ node: JSONNode, message: (String) -> String) {
        guard let name = node.string else { return report(name: "", message("")) }
        if !declarations.conditions.contains(name) { report(name: name, message(name)) }
    }

    private mutating func checkDependency(_ node: JSONNode) {
        guard let name = node.string else { return report(name: "", Message.dependency("")) }
        if declarations.resourceType(name) == nil { report(name: name, Message.dependency(name)) }
    }

    private mutating func report(name: String, _ message: String) {
        findings.append(VerificationFinding(file: file, path: path.description, name: name, message: message))
    }
}

extension ReferenceCheck {
    fileprivate enum Message {
        static let refNotText = "Ref takes the name of a parameter or resource, not a value of another kind"
        static func ref(_ name: String) -> String { "Ref '\(name)' names no parameter, resource or pseudo parameter of the template" }
        static func attributeTarget(_ written: String, function: String) -> String {
            "\(function) '\(written)' names no resource of the template"
        }
        static func subVariable(_ name: String) -> String {
            "Fn::Sub variable '${\(name)}' names no parameter, resource, pseudo parameter or variable of the template"
        }
        static func map(_ name: String) -> String { "Fn::FindInMap map '\(name)' is not declared in Mappings" }
        static func topKey(_ key: String, map: String) -> String { "Fn::FindInMap key '\(key)' is not a top-level key of map '\(map)'" }
        static func secondKey(_ key: String, top: String, map: String) -> String {
            "Fn::FindInMap key '\(key)' is not under '\(top)' in map '\(map)'"
        }
        static func condition(_ name: String) -> String { "condition '\(name)' is not declared in Conditions" }
        static func ifCondition(_ name: String) -> String { "Fn::If condition '\(name)' is not declared in Conditions" }
        static func conditionInput(_ use: String) -> String {
            "\(use) in a condition: conditions can read only parameters, mappings and other conditions"
        }
        static func dependency(_ name: String) -> String { "DependsOn '\(name)' names no resource of the template" }
    }
}
