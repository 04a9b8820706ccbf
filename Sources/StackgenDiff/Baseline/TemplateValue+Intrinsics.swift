/// What a template value refers to, read the way CloudFormation reads intrinsics.
extension TemplateValue {
    /// `{"Ref": …}`, `{"Fn::…": …}` or `{"Condition": …}`: compared as one value, never
    /// field by field (a Ref that became a GetAtt is one change, not two).
    public var isIntrinsic: Bool {
        guard let fields, fields.count == 1, let key = fields.first?.key else { return false }
        return key == "Ref" || key == "Condition" || key.hasPrefix("Fn::")
    }

    /// Logical ids (resources, parameters) named by `Ref`, `Fn::GetAtt` and `Fn::Sub`
    /// anywhere inside; pseudo parameters (`AWS::…`) left out.
    public var referencedNames: Set<String> {
        var names: Set<String> = []
        collectReferences(into: &names)
        return names
    }

    private func collectReferences(into names: inout Set<String>) {
        switch self {
        case .array(let values):
            for value in values { value.collectReferences(into: &names) }
        case .object(let fields):
            if fields.count == 1, let field = fields.first {
                switch field.key {
                case "Ref":
                    if let name = field.value.string, !name.hasPrefix("AWS::") { names.insert(name) }
                    return
                case "Fn::GetAtt":
                    if let name = field.value.array?.first?.string ?? field.value.string?.split(separator: ".").first.map(String.init) {
                        names.insert(name)
                    }
                    return
                case "Fn::Sub":
                    let text = field.value.string ?? field.value.array?.first?.string ?? ""
                    let variables = Set(field.value.array?.dropFirst().first?.fields?.map(\.key) ?? [])
                    for name in Self.substitutions(in: text) where !variables.contains(name) { names.insert(name) }
                    field.value.array?.dropFirst().first?.collectReferences(into: &names)
                    return
                default:
                    break
                }
            }
            for field in fields { field.value.collectReferences(into: &names) }
        default:
            break
        }
    }

    /// The logical ids in `${Name}` and `${Name.Attribute}` of a `Fn::Sub` string.
    static func substitutions(in text: String) -> [String] {
        var names: [String] = []
        var rest = Substring(text)
        while let start = rest.firstRange(of: "${") {
            rest = rest[start.upperBound...]
            guard let end = rest.firstIndex(of: "}") else { break }
            let body = rest[..<end]
            rest = rest[rest.index(after: end)...]
            // `${!Literal}` is an escape, `${AWS::Region}` a pseudo parameter.
            guard !body.hasPrefix("!"), !body.hasPrefix("AWS::"), let name = body.split(separator: ".").first else { continue }
            names.append(String(name))
        }
        return names
    }

    /// The string this value always evaluates to in `stack` (export names, import
    /// arguments): a literal, or `Fn::Sub`/`Fn::Join` over literals and the stack's name
    /// and region. Nil when it depends on anything else.
    public func staticString(stack: String, region: String) -> String? {
        switch self {
        case .string(let value):
            return value
        case .object(let fields) where fields.count == 1:
            guard let field = fields.first else { return nil }
            switch field.key {
            case "Ref":
                return field.value.string.flatMap { Self.pseudo($0, stack: stack, region: region) }
            case "Fn::Sub":
                guard let text = field.value.string else { return nil }
                var result = ""
                var rest = Substring(text)
                while let start = rest.firstRange(of: "${") {
                    result += rest[..<start.lowerBound]
                    rest = rest[start.upperBound...]
                    guard let end = rest.firstIndex(of: "}") else { return nil }
                    guard let value = Self.pseudo(String(rest[..<end]), stack: stack, region: region) else { return nil }
                    result += value
                    rest = rest[rest.index(after: end)...]
                }
                return result + rest
            case "Fn::Join":
                guard let parts = field.value.array, parts.count == 2, let separator = parts[0].string, let items = parts[1].array else {
                    return nil
                }
                var strings: [String] = []
                for item in items {
                    guard let string = item.staticString(stack: stack, region: region) else { return nil }
                    strings.append(string)
                }
                return strings.joined(separator: separator)
            default:
                return nil
            }
        default:
            return nil
        }
    }

    private static func pseudo(_ name: String, stack: String, region: String) -> String? {
        switch name {
        case "AWS::StackName": stack
        case "AWS::Region": region
        default: nil
        }
    }

    /// Every export name this value imports with `Fn::ImportValue`, in the order found.
    /// An argument that is not static is reported as nil, so the reader can say so.
    public func importedExportNames(stack: String, region: String) -> [String?] {
        var names: [String?] = []
        visitImports { argument in names.append(argument.staticString(stack: stack, region: region)) }
        return names
    }

    private func visitImports(_ visit: (TemplateValue) -> Void) {
        switch self {
        case .array(let values):
            for value in values { value.visitImports(visit) }
        case .object(let fields):
            if fields.count == 1, let field = fields.first, field.key == "Fn::ImportValue" {
                visit(field.value)
                return
            }
            for field in fields { field.value.visitImports(visit) }
        default:
            break
        }
    }

    /// A copy in which every `Fn::ImportValue` of a name in `replacements` is swapped for
    /// the value given (a `Ref` to a parameter that carries the old value).
    public func replacingImports(_ replacements: [String: TemplateValue], stack: String, region: String) -> TemplateValue {
        switch self {
        case .array(let values):
            return .array(values.map { $0.replacingImports(replacements, stack: stack, region: region) })
        case .object(let fields):
            if fields.count == 1, let field = fields.first, field.key == "Fn::ImportValue",
                let name = field.value.staticString(stack: stack, region: region), let replacement = replacements[name]
            {
                return replacement
            }
            return .object(fields.map { Field($0.key, $0.value.replacingImports(replacements, stack: stack, region: region)) })
        default:
            return self
        }
    }
}
