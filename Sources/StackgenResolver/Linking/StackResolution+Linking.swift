import StackgenCore

extension StackResolution {
    /// Pass 2 for one stack: every expression linked (resources, outputs, conditions and SAM
    /// `Globals` alike), every `DependsOn` checked, and what pass 1 decided for the stack
    /// (added outputs and parameters, export names, bindings) put in place.
    init(
        _ stack: Stack, symbols: SymbolTable.StackSymbols, decisions: ExportDecisions, linker: inout ReferenceLinker,
        dependencyProblems: inout [Diagnostic]
    ) {
        let exportNames = decisions.exportNamesAdded[stack.name] ?? [:]
        resources = stack.resources.map { resource in
            let site = ReferenceLinker.Site(symbols: symbols, path: stack.path.appending(.resource(resource.logicalID)), location: resource.location)
            var linked = resource
            linked.properties = Self.linked(resource.properties, &linker, site: site, prefix: "Properties.")
            linked.metadata = resource.metadata.map { linker.link($0, at: site, field: "Metadata") }
            linked.creationPolicy = resource.creationPolicy.map { linker.link($0, at: site, field: "CreationPolicy") }
            linked.updatePolicy = resource.updatePolicy.map { linker.link($0, at: site, field: "UpdatePolicy") }
            if let condition = resource.condition { linker.link(.conditionRef(condition), at: site, field: "Condition") }
            for name in resource.dependsOn where symbols.resourceTypes[name] == nil && !symbols.isGenerated(name) {
                dependencyProblems.append(.missingDependency(name, site: site, symbols: linker.symbols))
            }
            return linked
        }
        outputs = stack.outputs.map { output in
            let site = ReferenceLinker.Site(symbols: symbols, path: stack.path.appending(.output(output.key)), location: output.location)
            var linked = output
            linked.value = linker.link(output.value, at: site, field: "Value")
            if let condition = output.condition { linker.link(.conditionRef(condition), at: site, field: "Condition") }
            if linked.exportName == nil { linked.exportName = exportNames[output.key] }
            return linked
        }
        conditions = stack.conditions.map { condition in
            let site = ReferenceLinker.Site(
                symbols: symbols, path: stack.path.appending(.condition(condition.name)), location: condition.location)
            return ConditionDeclaration(
                name: condition.name, expression: linker.linkCondition(condition.expression, at: site), location: condition.location)
        }
        let globalsSite = ReferenceLinker.Site(symbols: symbols, path: stack.path.appending(.field("Globals")), location: stack.location)
        globals = Self.linked(stack.globals, &linker, site: globalsSite, prefix: "")
        let metadataSite = ReferenceLinker.Site(symbols: symbols, path: stack.path.appending(.field("Metadata")), location: stack.location)
        metadata = Self.linked(stack.metadata, &linker, site: metadataSite, prefix: "")
        let rulesSite = ReferenceLinker.Site(symbols: symbols, path: stack.path.appending(.field("Rules")), location: stack.location)
        rules = Self.linked(stack.rules, &linker, site: rulesSite, prefix: "")
        addedOutputs = (decisions.addedOutputs[stack.name] ?? [:]).sorted { $0.key < $1.key }.map { _, output in
            var output = output
            output.exportName = exportNames[output.key]
            output.description = "Used by other stacks of this app; added by stackgen."
            return output
        }
        addedParameters = (decisions.addedParameters[stack.name] ?? [:]).sorted { $0.key < $1.key }.map(\.value)
        bindings = (decisions.bindings[stack.name] ?? [:]).sorted { $0.key < $1.key }.map(\.value)
        transforms = Self.transforms(of: stack, needsLanguageExtensions: linker.needsLanguageExtensions.contains(stack.name))
    }

    /// The map with each changed value replaced; keys walked in sorted order so the
    /// diagnostics come out in the same order every time.
    private static func linked(
        _ fields: [String: Expr], _ linker: inout ReferenceLinker, site: ReferenceLinker.Site, prefix: String
    ) -> [String: Expr] {
        var result = fields
        for (key, value) in fields.sorted(by: { $0.key < $1.key }) {
            if let linked = linker.linkIfChanged(value, at: site, field: prefix + key) { result[key] = linked }
        }
        return result
    }

    private static func transforms(of stack: Stack, needsLanguageExtensions: Bool) -> [String] {
        var result = stack.transforms
        // LanguageExtensions must run before the SAM transform.
        if needsLanguageExtensions && !result.contains("AWS::LanguageExtensions") { result.insert("AWS::LanguageExtensions", at: 0) }
        let usesSAM = stack.resources.contains { $0.type.hasPrefix("AWS::Serverless::") } || !stack.globals.isEmpty
        if usesSAM && !result.contains("AWS::Serverless-2016-10-31") { result.append("AWS::Serverless-2016-10-31") }
        return result
    }
}
