import StackgenCore
import StackgenReader

/// Template values as the model's `Expr`: `Ref`/`Fn::GetAtt` become addresses the resolver
/// checks, `Fn::ImportValue` with a name known before deploy becomes an import the resolver
/// links to its export; every other intrinsic is kept as written.
extension TemplateStack {
    mutating func expression(_ node: TemplateNode) -> Expr {
        switch node.value {
        case .string(let text): return .string(text)
        case .integer(let number): return .integer(number)
        case .float(let number): return .number(number)
        case .boolean(let flag): return .boolean(flag)
        case .null: return .null
        case .sequence(let items): return .list(items.map { expression($0) })
        case .mapping(let entries):
            if entries.count == 1, let intrinsic = intrinsic(entries[0]) { return intrinsic }
            var fields: [String: Expr] = [:]
            for entry in entries { fields[entry.key] = expression(entry.value) }
            return .map(fields)
        }
    }

    private mutating func intrinsic(_ entry: TemplateEntry) -> Expr? {
        let argument = entry.value
        switch entry.key {
        case "Ref":
            guard let name = argument.string else { return nil }
            if let pseudo = PseudoParameter(rawValue: name) { return .pseudo(pseudo) }
            if parameterNames.contains(name) {
                return .ref(Address(stack: input.stackName, logicalID: name, kind: .parameter))
            }
            if isGenerated(name) { return .sub("${\(name)}", variables: [:]) }
            return .ref(Address(stack: input.stackName, logicalID: name, kind: .resource))
        case "Fn::GetAtt":
            let parts = argument.sequence?.compactMap(\.string)
                ?? argument.string.map { $0.split(separator: ".", maxSplits: 1).map(String.init) } ?? []
            guard parts.count == 2 else { return .function("GetAtt", expression(argument)) }
            if isGenerated(parts[0]) { return .sub("${\(parts[0]).\(parts[1])}", variables: [:]) }
            return .getAtt(Address(stack: input.stackName, logicalID: parts[0], kind: .resource), attribute: parts[1])
        case "Fn::ImportValue":
            if let name = evaluator.string(argument) {
                if let site = exportsByName?[name], site.region == input.region, site.output.stack != input.stackName {
                    linkedImports.insert([argument.line, argument.column])
                    return .output(site.output)
                }
                return .importValue(name)
            }
            diagnostics.append(.unresolvedImport(argument, at: location(argument.line), path: site))
            return .function("ImportValue", expression(argument))
        case "Fn::Sub":
            if let text = argument.string { return .sub(text, variables: [:]) }
            guard let items = argument.sequence, items.count == 2, let text = items[0].string, let variables = items[1].mapping
            else { return nil }
            var values: [String: Expr] = [:]
            for variable in variables { values[variable.key] = expression(variable.value) }
            return .sub(text, variables: values)
        case "Fn::If":
            guard let items = argument.sequence, items.count == 3, let name = items[0].string else { return nil }
            if exportsByName == nil, let taken = evaluator.condition(named: name) { return expression(taken ? items[1] : items[2]) }
            return .if(condition: name, then: expression(items[1]), else: expression(items[2]))
        case "Condition":
            return argument.string.map(Expr.conditionRef)
        default:
            guard entry.key.hasPrefix("Fn::") else { return nil }
            return .function(String(entry.key.dropFirst(4)), expression(argument))
        }
    }

    /// A name SAM's transform declares (`<Function>Role`, `<Api>Stage`, `ServerlessRestApi`):
    /// referenced in the template, declared nowhere in it, and not a typo.
    func isGenerated(_ name: String) -> Bool {
        guard isServerless, !resourceNames.contains(name) else { return false }
        if name.hasPrefix("Serverless") { return true }
        return serverlessNames.contains { name.hasPrefix($0) && name.count > $0.count }
    }
}

extension Diagnostic {
    static func unresolvedImport(_ argument: TemplateNode, at location: SourceLocation, path: ModelPath) -> Diagnostic {
        let spelled = argument.string ?? argument["Fn::Sub"]?.string ?? argument["Fn::Sub"]?.sequence?.first?.string
        let name = spelled.map { "import name '\($0)'" } ?? "a computed import name"
        return Diagnostic(
            .unresolvedImportName, message: "\(name) cannot be resolved before deploy, so its producer is unknown",
            path: path, location: location,
            hint: "give the parameters it uses a value (a default, samconfig.toml 'parameter_overrides' or '--param STACK.NAME=VALUE')")
    }

    static func unresolvedExport(output: String, at location: SourceLocation, path: ModelPath) -> Diagnostic {
        Diagnostic(
            .unresolvedExportName, message: "export name of output '\(output)' cannot be resolved before deploy",
            path: path, location: location,
            hint: "give the parameters it uses a value (a default, samconfig.toml 'parameter_overrides' or '--param STACK.NAME=VALUE')")
    }
}
