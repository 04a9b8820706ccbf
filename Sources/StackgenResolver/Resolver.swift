import StackgenCore

/// Stage 2: links the stacks of an `AppModel` into a `ResolvedApp`, in two passes. Pass 1
/// decides every export of the app (every typed cross-stack use in every stack and section,
/// every declared export); pass 2 links and checks every use, typed or hand-written, against
/// those decisions. So the result never depends on the order stacks were added in. Reports
/// every broken reference, duplicate export, cycle and limit it finds; returns nil if any was
/// an error.
public enum Resolver {
    public static func resolve(_ model: AppModel, into diagnostics: inout Diagnostics) -> ResolvedApp? {
        let symbols = SymbolTable(model)
        let decisions = ExportDecisions(model: model, symbols: symbols)
        var linker = ReferenceLinker(model: model, symbols: symbols, decisions: decisions)
        var linked: [String: LinkedSections] = [:]
        var dependencyProblems: [Diagnostic] = []
        for stack in model.stacks {
            guard let stackSymbols = symbols[stack.name] else { continue }
            linked[stack.name] = LinkedSections(stack, symbols: stackSymbols, linker: &linker, dependencyProblems: &dependencyProblems)
        }

        for diagnostic in linker.diagnostics.all + dependencyProblems { diagnostics.emit(diagnostic) }
        for group in decisions.exports.duplicates { diagnostics.emit(.duplicateExport(group)) }
        for name in decisions.exports.names where !linker.importedExports.contains(name) {
            for entry in decisions.exports.entries(named: name) { diagnostics.emit(.unusedExport(entry)) }
        }

        let edges = linker.reasons.keys.sorted().map { key in
            StackEdge(
                producer: key.producer, consumer: key.consumer, reasons: linker.reasons[key, default: []].sorted(),
                location: linker.edgeLocations[key])
        }
        let allEdges = edges + model.scripts.flatMap(\.orderingEdges)
        let graph = StackGraph(stacks: model.stacks.map(\.name), scripts: model.scripts.map(\.name), edges: allEdges)
        let cycles = graph.cycles()
        for cycle in cycles { diagnostics.emit(.cycle(cycle, edges: allEdges)) }

        let stacks = model.stacks.compactMap { stack in
            linked[stack.name].map { sections in
                ResolvedStack(
                    name: stack.name, region: stack.region, account: stack.account, description: stack.description,
                    tags: stack.tags,
                    transforms: transforms(of: stack, needsLanguageExtensions: linker.needsLanguageExtensions.contains(stack.name)),
                    globals: sections.globals, resources: sections.resources,
                    parameters: stack.parameters + (decisions.addedParameters[stack.name] ?? [:]).sorted { $0.key < $1.key }.map(\.value),
                    outputs: exportedOutputs(stack, sections.outputs, decisions),
                    conditions: sections.conditions, mappings: stack.mappings,
                    bindings: (decisions.bindings[stack.name] ?? [:]).sorted { $0.key < $1.key }.map(\.value))
            }
        }
        for (stack, resolved) in zip(model.stacks, stacks) { LimitChecker.check(resolved, model: stack, into: &diagnostics) }

        guard !diagnostics.hasErrors, cycles.isEmpty else { return nil }
        return ResolvedApp(
            name: model.name, stacks: stacks, scripts: model.scripts, edges: edges, plan: WavePlanner.order(graph))
    }

    /// Declared outputs keep their order; outputs stackgen added follow, sorted by key.
    private static func exportedOutputs(
        _ stack: StackModel, _ linked: [OutputDeclaration], _ decisions: ExportDecisions
    ) -> [OutputDeclaration] {
        let names = decisions.exportNamesAdded[stack.name] ?? [:]
        let declared = linked.map { output -> OutputDeclaration in
            var output = output
            if output.exportName == nil { output.exportName = names[output.key] }
            return output
        }
        let added = (decisions.addedOutputs[stack.name] ?? [:]).sorted { $0.key < $1.key }.map { _, output -> OutputDeclaration in
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
