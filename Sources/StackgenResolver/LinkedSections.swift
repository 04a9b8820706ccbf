import StackgenCore

/// One stack's sections after pass 2: every expression linked (resources, outputs,
/// conditions and SAM `Globals` alike), every `DependsOn` checked.
struct LinkedSections {
    var resources: [ResourceDeclaration] = []
    var outputs: [OutputDeclaration] = []
    var conditions: [ConditionDeclaration] = []
    var globals: [String: Expr] = [:]

    init(
        _ stack: StackModel, symbols: SymbolTable.StackSymbols, linker: inout ReferenceLinker,
        dependencyProblems: inout [Diagnostic]
    ) {
        resources = stack.resources.map { resource in
            let site = ReferenceLinker.Site(symbols: symbols, path: stack.path.appending(.resource(resource.logicalID)), location: resource.location)
            var linked = resource
            linked.properties = Self.linked(resource.properties, &linker, site: site, prefix: "Properties.")
            linked.metadata = resource.metadata.map { linker.link($0, at: site, field: "Metadata") }
            if let condition = resource.condition { linker.link(.conditionRef(condition), at: site, field: "Condition") }
            for name in resource.dependsOn where symbols.resourceTypes[name] == nil && !symbols.generatedNames.contains(name) {
                dependencyProblems.append(.missingDependency(name, site: site, symbols: linker.symbols))
            }
            return linked
        }
        outputs = stack.outputs.map { output in
            let site = ReferenceLinker.Site(symbols: symbols, path: stack.path.appending(.output(output.key)), location: output.location)
            var linked = output
            linked.value = linker.link(output.value, at: site, field: "Value")
            if let condition = output.condition { linker.link(.conditionRef(condition), at: site, field: "Condition") }
            return linked
        }
        conditions = stack.conditions.map { condition in
            let site = ReferenceLinker.Site(
                symbols: symbols, path: stack.path.appending(.condition(condition.name)), location: condition.location)
            return ConditionDeclaration(
                name: condition.name, expression: linker.link(condition.expression, at: site, field: ""), location: condition.location)
        }
        let globalsSite = ReferenceLinker.Site(symbols: symbols, path: stack.path.appending(.field("Globals")), location: stack.location)
        globals = Self.linked(stack.globals, &linker, site: globalsSite, prefix: "")
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
}
