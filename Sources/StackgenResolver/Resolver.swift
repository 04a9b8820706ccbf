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
        var dependencyProblems: [Diagnostic] = []
        let stacks = model.stacks.compactMap { stack -> ResolvedStack? in
            guard let stackSymbols = symbols[stack.name] else { return nil }
            let resolution = StackResolution(
                stack, symbols: stackSymbols, decisions: decisions, linker: &linker, dependencyProblems: &dependencyProblems)
            return ResolvedStack(declaration: stack, placement: stackSymbols.placement, resolution: resolution)
        }

        for diagnostic in linker.diagnostics.all + dependencyProblems { diagnostics.emit(diagnostic) }
        for group in decisions.exports.duplicates { diagnostics.emit(.duplicateExport(group)) }
        let usedOutside = UsedOutside(model)
        for name in decisions.exports.names where !linker.importedExports.contains(name) {
            for entry in decisions.exports.entries(named: name) where !usedOutside.contains(entry) {
                diagnostics.emit(.unusedExport(entry))
            }
        }
        for stack in stacks { LimitChecker.check(stack, into: &diagnostics) }
        for stack in model.stacks {
            for resource in stack.resources {
                for warning in DeprecatedProperties.diagnostics(for: resource, in: stack.name) { diagnostics.emit(warning) }
            }
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

        guard !diagnostics.hasErrors, cycles.isEmpty else { return nil }
        return ResolvedApp(
            name: model.name, stacks: stacks, scripts: model.scripts, edges: edges, plan: WavePlanner.order(graph))
    }
}
