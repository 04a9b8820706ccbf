import StackgenTestSupport

/// Draws a random app from a seed: several stacks and regions, typed uses across stacks in
/// properties, Globals, outputs, conditions and policy documents, hand-written imports,
/// external exports and script steps; about a third of the apps carry one `Fault`.
struct BlueprintGenerator {
    static let regions = ["eu-west-1", "us-east-1", "ap-southeast-2"]

    // Not private: the fault extension draws from the same generator.
    var rng: SeededGenerator
    var blueprint: Blueprint
    var fault: Fault?

    static func generate(seed: UInt64) -> (Blueprint, Fault?) {
        var generator = BlueprintGenerator(seed: seed)
        generator.addStacks()
        generator.addDeclaredExports()
        generator.addInputs()
        generator.addOutputsAndConditions()
        generator.addHandImportsOfGeneratedNames()
        generator.addScripts()
        generator.addFault()
        return (generator.blueprint, generator.fault)
    }

    private init(seed: UInt64) {
        rng = SeededGenerator(seed: seed)
        let region = Self.regions[Int(seed % 3)]
        blueprint = Blueprint(seed: seed, name: "g\(seed)", region: region)
    }

    private mutating func addStacks() {
        let count = Int.random(in: 2...5, using: &rng)
        for index in 0..<count {
            let region = rng.chance(30) ? rng.pick(Self.regions) : blueprint.region
            var stack = Blueprint.Stack(name: "g\(blueprint.seed)-s\(index)", region: region, account: rng.chance(8) ? "222222222222" : nil)
            for _ in 0..<Int.random(in: 1...3, using: &rng) {
                let kind = rng.pick(Blueprint.Kind.allCases)
                if kind == .lambdaFunction, !stack.resources.contains(where: { $0.kind == .role }) {
                    stack.resources.append(.init(id: "Role\(stack.resources.count)", kind: .role))
                }
                stack.resources.append(.init(id: "\(kind.rawValue)\(stack.resources.count)", kind: kind))
            }
            blueprint.stacks.append(stack)
        }
        for index in 0..<Int.random(in: 0...2, using: &rng) { blueprint.externalExports.append("shared-\(blueprint.seed)-ext\(index)") }
    }

    /// Outputs that carry a local value under a name the author chose.
    private mutating func addDeclaredExports() {
        for index in blueprint.stacks.indices where rng.chance(35) {
            let value = randomValue(in: index)
            let key = "Exp\(blueprint.stacks[index].outputs.count)"
            blueprint.stacks[index].outputs.append(.init(key: key, value: .typed(value), exportName: "g\(blueprint.seed)-s\(index)-\(key.lowercased())"))
        }
    }

    private mutating func addInputs() {
        for stack in blueprint.stacks.indices {
            for resource in blueprint.stacks[stack].resources.indices {
                for _ in 0..<Int.random(in: 0...2, using: &rng) {
                    if let input = randomInput(for: stack, resource: resource) {
                        blueprint.stacks[stack].resources[resource].inputs.append(input)
                    }
                }
                if resource > 0, rng.chance(20) {
                    blueprint.stacks[stack].resources[resource].dependsOn.append(Int.random(in: 0..<resource, using: &rng))
                }
            }
            if blueprint.stacks[stack].resources.contains(where: { $0.kind == .samFunction }), stack > 0, rng.chance(50) {
                blueprint.stacks[stack].globals.append(.typed(randomValue(in: Int.random(in: 0..<stack, using: &rng))))
            }
        }
    }

    /// A typed value of an earlier stack (most often), of an earlier resource of the same
    /// stack, a hand import of an earlier declared export, or an external export.
    private mutating func randomInput(for stack: Int, resource: Int) -> Blueprint.Input? {
        let roll = Int.random(in: 0..<100, using: &rng)
        if roll < 60, stack > 0 { return .typed(randomValue(in: Int.random(in: 0..<stack, using: &rng))) }
        if roll < 75, resource > 0 {
            let local = Int.random(in: 0..<resource, using: &rng)
            return .typed(.init(stack: stack, resource: local, attribute: rng.pick(blueprint.stacks[stack].resources[local].kind.attributes)))
        }
        if roll < 88 {
            let exports = (0..<stack).filter { blueprint.samePlace($0, stack) }.flatMap { producer in
                blueprint.stacks[producer].outputs.compactMap(\.exportName)
            }
            if !exports.isEmpty { return .handImport(rng.pick(exports)) }
        }
        if !blueprint.externalExports.isEmpty { return .external(rng.pick(blueprint.externalExports)) }
        return nil
    }

    private mutating func randomValue(in stack: Int) -> Blueprint.ValueRef {
        let resource = Int.random(in: 0..<blueprint.stacks[stack].resources.count, using: &rng)
        return .init(stack: stack, resource: resource, attribute: rng.pick(blueprint.stacks[stack].resources[resource].kind.attributes))
    }

    /// Outputs that pass on another stack's value, and conditions on a value that arrives
    /// as a parameter (another region or account) or on a parameter of the stack.
    private mutating func addOutputsAndConditions() {
        for stack in blueprint.stacks.indices where stack > 0 {
            if rng.chance(30) {
                let key = "Out\(blueprint.stacks[stack].outputs.count)"
                blueprint.stacks[stack].outputs.append(.init(key: key, value: .typed(randomValue(in: Int.random(in: 0..<stack, using: &rng))), exportName: nil))
            }
            if rng.chance(35) {
                let elsewhere = (0..<stack).filter { !blueprint.samePlace($0, stack) }
                let value = elsewhere.isEmpty ? nil : randomValue(in: rng.pick(elsewhere))
                let index = blueprint.stacks[stack].conditions.count
                blueprint.stacks[stack].conditions.append(.init(name: "Cond\(index)", value: value))
                let target = Int.random(in: 0..<blueprint.stacks[stack].resources.count, using: &rng)
                blueprint.stacks[stack].resources[target].inputs.append(.conditional(index))
            }
        }
    }

    /// Imports written by hand of the names stackgen gives the exports it adds: sometimes in
    /// a stack added before the one whose typed use creates the export.
    private mutating func addHandImportsOfGeneratedNames() {
        let names = Prediction.generatedExports(of: blueprint)
        guard !names.isEmpty, rng.chance(30) else { return }
        let export = rng.pick(names.keys.sorted())
        let producer = names[export]!.producer
        let importers = blueprint.stacks.indices.filter { $0 > producer && blueprint.samePlace($0, producer) }
        guard !importers.isEmpty else { return }
        let stack = rng.pick(importers)
        blueprint.stacks[stack].resources[0].inputs.append(.handImport(export))
    }

    private mutating func addScripts() {
        let count = blueprint.stacks.count
        for index in 0..<Int.random(in: 0...2, using: &rng) {
            let after = Int.random(in: 0..<count, using: &rng)
            let before = after + 1 < count && rng.chance(50) ? [Int.random(in: (after + 1)..<count, using: &rng)] : []
            blueprint.scripts.append(.init(name: "g\(blueprint.seed)-script\(index)", after: [after], before: before))
        }
    }
}
