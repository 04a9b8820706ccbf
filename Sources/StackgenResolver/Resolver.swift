import StackgenCore

/// Stage 2: links the stacks of an `AppModel` into a `ResolvedApp`. Reports every broken
/// reference, duplicate export, cycle and limit it finds; returns nil if any was an error.
public enum Resolver {
    public static func resolve(_ model: AppModel, into diagnostics: inout Diagnostics) -> ResolvedApp? {
        let symbols = SymbolTable(model)
        var linker = ReferenceLinker(model: model, symbols: symbols)
        var linkedResources: [String: [ResourceDeclaration]] = [:]
        var linkedOutputs: [String: [OutputDeclaration]] = [:]
        var linkedConditions: [String: [ConditionDeclaration]] = [:]
        var dependencyProblems: [Diagnostic] = []

        for stack in model.stacks {
            linkedResources[stack.name] = stack.resources.map { resource in
                let site = ReferenceLinker.Site(
                    symbols: symbols[stack.name]!, path: stack.path.appending(.resource(resource.logicalID)), location: resource.location)
                var linked = resource
                linked.properties = linkedFields(resource.properties, &linker, site: site, prefix: "Properties")
                linked.metadata = resource.metadata.map { linker.link($0, at: site, field: "Metadata") }
                if let condition = resource.condition {
                    linker.link(.conditionRef(condition), at: site, field: "Condition")
                }
                for name in resource.dependsOn
                where symbols[stack.name]?.resourceTypes[name] == nil && !(symbols[stack.name]?.isGenerated(name) ?? false) {
                    dependencyProblems.append(.missingDependency(name, site: site, symbols: symbols))
                }
                return linked
            }
            linkedOutputs[stack.name] = stack.outputs.map { output in
                let site = ReferenceLinker.Site(
                    symbols: symbols[stack.name]!, path: stack.path.appending(.output(output.key)), location: output.location)
                var linked = output
                linked.value = linker.link(output.value, at: site, field: "Value")
                if let condition = output.condition { linker.link(.conditionRef(condition), at: site, field: "Condition") }
                return linked
            }
            linkedConditions[stack.name] = stack.conditions.map { condition in
                let site = ReferenceLinker.Site(
                    symbols: symbols[stack.name]!, path: stack.path.appending(.condition(condition.name)), location: condition.location)
                return ConditionDeclaration(
                    name: condition.name, expression: linker.link(condition.expression, at: site, field: ""),
                    location: condition.location)
            }
            for (key, value) in stack.globals.sorted(by: { $0.key < $1.key }) {
                let site = ReferenceLinker.Site(symbols: symbols[stack.name]!, path: stack.path.appending(.field("Globals")), location: stack.location)
                _ = linker.link(value, at: site, field: key)
            }
        }

        for diagnostic in linker.diagnostics.all + dependencyProblems { diagnostics.emit(diagnostic) }
        for group in linker.exports.duplicates { diagnostics.emit(.duplicateExport(group)) }
        for name in linker.exports.names where !linker.importedExports.contains(name) {
            for entry in linker.exports.entries(named: name) where !isUsedOutside(entry, in: model) {
                diagnostics.emit(.unusedExport(entry))
            }
        }

        let edges = linker.reasons.keys.sorted().map { key in
            StackEdge(producer: key.producer, consumer: key.consumer, reasons: linker.reasons[key]!.sorted())
        }
        let graph = StackGraph(nodes: model.stacks.map(\.name) + model.scripts.map(\.name), edges: graphEdges(edges, model.scripts))
        let cycles = graph.cycles()
        let edgeIndex = Dictionary(edges.map { ("\($0.producer)->\($0.consumer)", $0) }, uniquingKeysWith: { a, _ in a })
        for cycle in cycles { diagnostics.emit(.cycle(cycle, edges: edgeIndex)) }

        let stacks = model.stacks.map { stack in
            ResolvedStack(
                name: stack.name, region: stack.region, account: stack.account, description: stack.description,
                tags: stack.tags,
                transforms: transforms(of: stack, needsLanguageExtensions: linker.needsLanguageExtensions.contains(stack.name)),
                globals: stack.globals, resources: linkedResources[stack.name]!,
                parameters: stack.parameters + (linker.addedParameters[stack.name] ?? [:]).sorted { $0.key < $1.key }.map(\.value),
                outputs: exportedOutputs(stack, linkedOutputs[stack.name]!, linker),
                conditions: linkedConditions[stack.name]!, mappings: stack.mappings,
                bindings: (linker.bindings[stack.name] ?? [:]).sorted { $0.key < $1.key }.map(\.value))
        }
        for stack in stacks { LimitChecker.check(stack, model: model.stack(named: stack.name)!, into: &diagnostics) }

        guard !diagnostics.hasErrors, cycles.isEmpty else { return nil }
        return ResolvedApp(
            name: model.name, stacks: stacks, scripts: model.scripts, edges: edges, plan: WavePlanner.order(graph))
    }

    private static func linkedFields(
        _ fields: [String: Expr], _ linker: inout ReferenceLinker, site: ReferenceLinker.Site, prefix: String
    ) -> [String: Expr] {
        var result = fields
        for (key, value) in fields.sorted(by: { $0.key < $1.key }) {
            if let linked = linker.linkIfChanged(value, at: site, field: "\(prefix).\(key)") { result[key] = linked }
        }
        return result
    }

    private static func graphEdges(_ edges: [StackEdge], _ scripts: [ScriptStep]) -> [(String, String)] {
        edges.map { ($0.producer, $0.consumer) }
            + scripts.flatMap { script in script.after.map { ($0, script.name) } + script.before.map { (script.name, $0) } }
    }

    /// Declared outputs keep their order; outputs stackgen added follow, sorted by key.
    private static func exportedOutputs(_ stack: StackModel, _ linked: [OutputDeclaration], _ linker: ReferenceLinker) -> [OutputDeclaration] {
        let names = linker.exportNamesAdded[stack.name] ?? [:]
        let declared = linked.map { output -> OutputDeclaration in
            var output = output
            if output.exportName == nil { output.exportName = names[output.key] }
            return output
        }
        let added = (linker.addedOutputs[stack.name] ?? [:]).sorted { $0.key < $1.key }.map { _, output -> OutputDeclaration in
            var output = output
            output.exportName = names[output.key]
            output.description = "Used by other stacks of this app; added by stackgen."
            return output
        }
        return declared + added
    }

    private static func transforms(of stack: StackModel, needsLanguageExtensions: Bool) -> [String] {
        var result = stack.transforms
        // LanguageExtensions must run before the SAM transform.
        if needsLanguageExtensions && !result.contains("AWS::LanguageExtensions") { result.insert("AWS::LanguageExtensions", at: 0) }
        let usesSAM = stack.resources.contains { $0.type.hasPrefix("AWS::Serverless::") } || !stack.globals.isEmpty
        if usesSAM && !result.contains("AWS::Serverless-2016-10-31") { result.append("AWS::Serverless-2016-10-31") }
        return result
    }
}
