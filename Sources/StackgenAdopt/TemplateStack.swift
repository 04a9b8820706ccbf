import StackgenCore
import StackgenReader

/// One hand-written template as a DSL `Stack`, so the resolver and planner see it exactly as
/// they see a Swift app's stack. Conditions known before deploy are applied: a resource or
/// output whose condition is false is left out, an `Fn::If` takes its branch; what stays
/// unknown stays in the model as written. Every declaration carries its YAML `file:line`.
struct TemplateStack {
    let input: TemplateInput
    let evaluator: StaticEvaluator
    var diagnostics: [Diagnostic] = []
    private(set) var conditionHandles: [String: Condition] = [:]
    let parameterNames: Set<String>
    let resourceNames: Set<String>
    /// SAM resources whose generated companions (`<Function>Role`, `ServerlessRestApi`, …)
    /// a template may reference although it does not declare them.
    let serverlessNames: [String]
    let isServerless: Bool
    /// Import mode: exports of the other imported stacks (by name, same region) that an
    /// `Fn::ImportValue` becomes a typed reference to. Nil in check mode, which also applies
    /// conditions known before deploy; import keeps every declaration as written.
    let exportsByName: [String: ExportSite]?
    /// The `Fn::ImportValue` nodes (line, column) that became typed references.
    var linkedImports: Set<[Int]> = []
    /// Parameters left out because every use of them became a typed reference.
    var droppedParameters: [String] = []
    /// What could not be carried into the model, for the import report.
    var notImported: [String] = []

    struct ExportSite: Sendable {
        let output: OutputAddress
        let region: String
    }

    init(_ input: TemplateInput, exportsByName: [String: ExportSite]? = nil) {
        self.input = input
        self.exportsByName = exportsByName
        evaluator = StaticEvaluator(input)
        let template = input.template
        parameterNames = Set((template["Parameters"]?.mapping ?? []).map(\.key))
        let resources = template["Resources"]?.mapping ?? []
        resourceNames = Set(resources.map(\.key))
        serverlessNames = resources.filter { $0.value["Type"]?.string?.hasPrefix("AWS::Serverless::") ?? false }.map(\.key)
        isServerless = Self.transforms(of: template).contains { $0.hasPrefix("AWS::Serverless") }
    }

    static func transforms(of template: TemplateNode) -> [String] {
        guard let node = template["Transform"] else { return [] }
        if let name = node.string { return [name] }
        return node.sequence?.compactMap(\.string) ?? []
    }

    func location(_ line: Int) -> SourceLocation { SourceLocation(file: input.path, line: line) }

    var path: ModelPath { .stack(input.stackName) }

    mutating func makeStack() -> Stack {
        let template = input.template
        var stack = Stack(
            input.stackName, region: .custom(input.region), description: template["Description"]?.string, file: input.path,
            line: template.line)
        stack.transforms = Self.transforms(of: template)
        for entry in template["Globals"]?.mapping ?? [] { stack.globals[entry.key] = expression(entry.value) }
        for entry in template["Metadata"]?.mapping ?? [] { stack.metadata[entry.key] = expression(entry.value) }
        for entry in template["Rules"]?.mapping ?? [] { stack.rules[entry.key] = expression(entry.value) }
        declareMappings(in: &stack)
        declareConditions(in: &stack)
        declareResources(in: &stack)
        declareOutputs(in: &stack)
        // Declared last: in import mode a parameter that only spelled the names of imports
        // now typed references is left out, which only the converted values can tell.
        declareParameters(in: &stack, used: exportsByName == nil ? nil : Self.parameterUses(in: stack))
        return stack
    }

    private mutating func declareParameters(in stack: inout Stack, used: Set<String>?) {
        for entry in input.template["Parameters"]?.mapping ?? [] {
            let node = entry.value
            if let used, !used.contains(entry.key), Self.isReferenced(entry.key, inTemplate: input.template) {
                droppedParameters.append(entry.key)
                continue
            }
            let type = node["Type"]?.string.map(ParameterType.init(rawValue:)) ?? .string
            let defaultValue = node["Default"].map { expression($0) }
            var allowed: [Expr] = []
            for value in node["AllowedValues"]?.sequence ?? [] { allowed.append(expression(value)) }
            let text = { (key: String) in node[key].flatMap(StaticEvaluator.scalarText) }
            let constraints = ParameterConstraints(
                minValue: text("MinValue").flatMap(Double.init), maxValue: text("MaxValue").flatMap(Double.init),
                minLength: text("MinLength").flatMap { Int($0) }, maxLength: text("MaxLength").flatMap { Int($0) },
                allowedPattern: text("AllowedPattern"), constraintDescription: text("ConstraintDescription"))
            let _: Parameter<String> = stack.parameter(
                entry.key, type: type, default: defaultValue,
                description: node["Description"]?.string, allowedValues: allowed,
                noEcho: node["NoEcho"].map { StaticEvaluator.scalarText($0) == "true" } ?? false, constraints: constraints,
                file: input.path, line: entry.line)
        }
    }

    private mutating func declareMappings(in stack: inout Stack) {
        for entry in input.template["Mappings"]?.mapping ?? [] {
            var table: [String: [String: Expr]] = [:]
            for top in entry.value.mapping ?? [] {
                var row: [String: Expr] = [:]
                for second in top.value.mapping ?? [] { row[second.key] = expression(second.value) }
                table[top.key] = row
            }
            _ = stack.mapping(entry.key, table, file: input.path, line: entry.line)
        }
    }

    private mutating func declareConditions(in stack: inout Stack) {
        for entry in input.template["Conditions"]?.mapping ?? [] {
            conditionHandles[entry.key] = stack.condition(
                entry.key, ConditionExpression(expression: expression(entry.value)), file: input.path, line: entry.line)
        }
    }

    /// False: the condition is known to be false before deploy, so what it guards does not exist.
    private func isKnownFalse(_ node: TemplateNode?) -> Bool {
        guard exportsByName == nil, let name = node?.string else { return false }
        return evaluator.condition(named: name) == false
    }

    private mutating func declareResources(in stack: inout Stack) {
        guard let resources = input.template["Resources"]?.mapping else {
            diagnostics.append(
                Diagnostic(
                    .unreadableTemplate, message: "template has no 'Resources' mapping", path: path,
                    location: location(input.template.line), hint: "a CloudFormation template declares its resources under 'Resources'"))
            return
        }
        for entry in resources {
            let node = entry.value
            if entry.key.hasPrefix("Fn::ForEach::") {
                notImported.append("\(input.path):\(entry.line): Resources.\(entry.key): 'Fn::ForEach' (AWS::LanguageExtensions) is not modelled; its resources are left out")
                continue
            }
            guard let type = node["Type"]?.string else {
                diagnostics.append(
                    Diagnostic(
                        .unreadableTemplate, message: "resource '\(entry.key)' has no 'Type'",
                        path: path.appending(.resource(entry.key)), location: location(entry.line),
                        hint: "write its CloudFormation type, such as 'AWS::S3::Bucket'"))
                continue
            }
            if isKnownFalse(node["Condition"]) { continue }
            var properties: [String: Expr] = [:]
            for property in node["Properties"]?.mapping ?? [] {
                site = .property(resource: entry.key, property: property.key)
                properties[property.key] = expression(property.value)
            }
            site = .resource(entry.key)
            let metadata = node["Metadata"].map { expression($0) }
            let creationPolicy = node["CreationPolicy"].map { expression($0) }
            let updatePolicy = node["UpdatePolicy"].map { expression($0) }
            // Kept as written, names SAM generates (`<Function><Event>`) included: the resolver
            // knows those from SAM's facts and reports a name that is neither.
            let dependsOn = (node["DependsOn"].map { $0.sequence?.compactMap(\.string) ?? [$0.string].compactMap { $0 } } ?? [])
                .map(GeneratedResource.init)
            stack.add(
                entry.key, GenericResource(type, properties: properties), dependsOn: dependsOn,
                condition: node["Condition"]?.string.flatMap { conditionHandles[$0] },
                deletionPolicy: node["DeletionPolicy"]?.string.flatMap(RetentionPolicy.init(rawValue:)),
                updateReplacePolicy: node["UpdateReplacePolicy"]?.string.flatMap(RetentionPolicy.init(rawValue:)),
                metadata: metadata, creationPolicy: creationPolicy, updatePolicy: updatePolicy, file: input.path, line: entry.line)
        }
    }

    private mutating func declareOutputs(in stack: inout Stack) {
        for entry in input.template["Outputs"]?.mapping ?? [] {
            let node = entry.value
            if entry.key.hasPrefix("Fn::ForEach::") {
                notImported.append("\(input.path):\(entry.line): Outputs.\(entry.key): 'Fn::ForEach' (AWS::LanguageExtensions) is not modelled; its outputs are left out")
                continue
            }
            if isKnownFalse(node["Condition"]) { continue }
            site = .output(entry.key)
            let value = node["Value"].map { expression($0) } ?? .null
            var exportName: String?
            if let nameNode = node["Export"]?["Name"] {
                exportName = evaluator.string(nameNode)
                if exportName == nil {
                    diagnostics.append(.unresolvedExport(output: entry.key, at: location(nameNode.line), path: sitePath))
                }
            }
            stack.output(
                entry.key, Value<String>(expression: value), description: node["Description"]?.string, exportName: exportName,
                condition: node["Condition"]?.string.flatMap { conditionHandles[$0] }, file: input.path, line: entry.line)
        }
    }

    /// What is being converted, for diagnostics about its values; the model path is only
    /// built when a diagnostic needs it.
    var site = Site.stack

    enum Site {
        case stack
        case resource(String)
        case property(resource: String, property: String)
        case output(String)
    }

    var sitePath: ModelPath {
        switch site {
        case .stack: path
        case .resource(let name): path.appending(.resource(name))
        case .property(let resource, let property): path.appending(.resource(resource)).appending(.field("Properties.\(property)"))
        case .output(let name): path.appending(.output(name))
        }
    }
}
