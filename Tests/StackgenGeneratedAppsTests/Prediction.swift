/// What compiling a blueprint must report, derived from the blueprint and the documented
/// rules alone (DESIGN §4, README): an export carries a declared output's name when a
/// declared output holds exactly the used value, else `<stack>:<key>` with the key the
/// resource's logical id plus the attribute; uses in one account and region import, others
/// arrive as parameters; every use is an edge.
enum Prediction {
    struct Diagnostic: Sendable, Hashable, Comparable, CustomStringConvertible {
        let code: String
        let message: String
        static func < (a: Self, b: Self) -> Bool { (a.code, a.message) < (b.code, b.message) }
        var description: String { "\(code) \(message)" }
    }

    struct Edge: Sendable, Hashable {
        let producer: Int
        let consumer: Int
    }

    /// Every typed use, with the stack that makes it.
    static func typedUses(of blueprint: Blueprint) -> [(consumer: Int, value: Blueprint.ValueRef)] {
        var uses: [(Int, Blueprint.ValueRef)] = []
        for (index, stack) in blueprint.stacks.enumerated() {
            let inputs = stack.resources.flatMap(\.inputs) + stack.globals + stack.outputs.map(\.value)
            for case .typed(let value) in inputs { uses.append((index, value)) }
            for value in stack.conditions.compactMap(\.value) { uses.append((index, value)) }
        }
        return uses
    }

    static func typedEdges(of blueprint: Blueprint) -> Set<Edge> {
        Set(typedUses(of: blueprint).filter { $0.consumer != $0.value.stack }.map { Edge(producer: $0.value.stack, consumer: $0.consumer) })
    }

    /// The export name a use of `value` from a stack in the same place imports.
    static func exportName(of value: Blueprint.ValueRef, in blueprint: Blueprint) -> (name: String, declared: Bool) {
        let producer = blueprint.stacks[value.stack]
        if let carrier = producer.outputs.first(where: { $0.value == .typed(value) }) {
            return (carrier.exportName ?? "\(producer.name):\(carrier.key)", carrier.exportName != nil)
        }
        let resource = blueprint.resource(value)
        return ("\(producer.name):\(resource.id)\(value.attribute.map(alphanumeric) ?? "")", false)
    }

    /// Names stackgen adds for typed uses in one place, with the producer and the consumers.
    static func generatedExports(of blueprint: Blueprint) -> [String: (producer: Int, consumers: [Int])] {
        var names: [String: (producer: Int, consumers: [Int])] = [:]
        for use in typedUses(of: blueprint) where use.consumer != use.value.stack && blueprint.samePlace(use.consumer, use.value.stack) {
            let (name, declared) = exportName(of: use.value, in: blueprint)
            guard !declared else { continue }
            names[name, default: (use.value.stack, [])].consumers.append(use.consumer)
        }
        return names
    }

    /// Errors and warnings, sorted.
    static func diagnostics(for blueprint: Blueprint, fault: Fault?) -> [Diagnostic] {
        var result = unusedExportWarnings(blueprint)
        switch fault {
        case .cycle(let a, let b)?:
            let (first, second) = (blueprint.stacks[a].name, blueprint.stacks[b].name)
            result.append(.init(code: "SG201", message: "dependency cycle: \(first) → \(second) → \(first)"))
        case .missingExport(let name, _)?:
            result.append(.init(code: "SG202", message: "import of '\(name)' has no export in this app"))
        case .crossRegionImport(let name, let producer, let consumer)?:
            let (from, to) = (blueprint.stacks[producer], blueprint.stacks[consumer])
            result.append(
                .init(code: "SG208", message: "'Fn::ImportValue' of '\(name)' crosses regions: exported in \(from.region) by '\(from.name)', imported in \(to.region)"))
        case .duplicateExport(let name, let stacks)?:
            let first = blueprint.stacks[stacks[0]]
            let account = first.account.map { " of account \($0)" } ?? ""
            result.append(.init(code: "SG203", message: "export name '\(name)' is used \(stacks.count) times in \(first.region)\(account)"))
        case nil:
            break
        }
        return result.sorted()
    }

    /// SG401 for every declared export whose name nothing in its place imports.
    private static func unusedExportWarnings(_ blueprint: Blueprint) -> [Diagnostic] {
        var imported: Set<String> = []
        for use in typedUses(of: blueprint) where use.consumer != use.value.stack && blueprint.samePlace(use.consumer, use.value.stack) {
            imported.insert(exportName(of: use.value, in: blueprint).name)
        }
        let declared = blueprint.stacks.indices.flatMap { index in blueprint.stacks[index].outputs.compactMap { $0.exportName.map { (index, $0) } } }
        for (index, stack) in blueprint.stacks.enumerated() {
            for case .handImport(let name) in stack.resources.flatMap(\.inputs)
            where declared.contains(where: { $0.1 == name && blueprint.samePlace($0.0, index) }) {
                imported.insert(name)
            }
        }
        return declared.filter { !imported.contains($0.1) }.map {
            Diagnostic(code: "SG401", message: "export '\($0.1)' is not imported by any stack of this app")
        }
    }

    /// The resolver bugs of issue 9 this blueprint runs into (empty once they are fixed):
    /// a typed value of another stack in Globals, and a hand import of a generated export
    /// name in a stack added before any stack whose typed use creates it.
    static func knownBugs(of blueprint: Blueprint) -> [String] {
        var bugs: [String] = []
        for (index, stack) in blueprint.stacks.enumerated() {
            if stack.globals.contains(where: { if case .typed(let value) = $0 { value.stack != index } else { false } }) {
                bugs.append("Globals")
                break
            }
        }
        let generated = generatedExports(of: blueprint)
        for (index, stack) in blueprint.stacks.enumerated() {
            for case .handImport(let name) in stack.resources.flatMap(\.inputs) {
                if let export = generated[name], export.consumers.allSatisfy({ $0 >= index }) { bugs.append("import before typed use") }
            }
        }
        return Array(Set(bugs)).sorted()
    }

    private static func alphanumeric(_ text: String) -> String {
        String(text.unicodeScalars.filter { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) })
    }
}
