extension BlueprintGenerator {
    /// Adds at most one fault, about a third of the time; when the app has no place for the
    /// one drawn (no typed edge to reverse, no second region), it stays clean.
    mutating func addFault() {
        let roll = Int.random(in: 0..<100, using: &rng)
        switch roll {
        case 0..<10: addCycle()
        case 10..<18: addMissingExport()
        case 18..<26: addCrossRegionImport()
        case 26..<34: addDuplicateExport()
        default: break
        }
    }

    /// Reverses a direct typed use: `b` uses a value of `a`, now `a` uses one of `b`.
    private mutating func addCycle() {
        let edges = Prediction.typedEdges(of: blueprint).sorted { ($0.producer, $0.consumer) < ($1.producer, $1.consumer) }
        guard !edges.isEmpty else { return }
        let edge = rng.pick(edges)
        let value = Blueprint.ValueRef(stack: edge.consumer, resource: 0, attribute: nil)
        blueprint.stacks[edge.producer].resources[0].inputs.append(.typed(value))
        fault = .cycle(a: edge.producer, b: edge.consumer)
    }

    private mutating func addMissingExport() {
        let stack = Int.random(in: 0..<blueprint.stacks.count, using: &rng)
        let name = "g\(blueprint.seed)-nowhere"
        blueprint.stacks[stack].resources[0].inputs.append(.handImport(name))
        fault = .missingExport(name: name, stack: stack)
    }

    private mutating func addCrossRegionImport() {
        var pairs: [(Int, String, Int)] = []
        for producer in blueprint.stacks.indices {
            for name in blueprint.stacks[producer].outputs.compactMap(\.exportName) {
                for consumer in blueprint.stacks.indices where blueprint.stacks[consumer].region != blueprint.stacks[producer].region {
                    pairs.append((producer, name, consumer))
                }
            }
        }
        guard !pairs.isEmpty else { return }
        let (producer, name, consumer) = rng.pick(pairs)
        blueprint.stacks[consumer].resources[0].inputs.append(.handImport(name))
        fault = .crossRegionImport(name: name, producer: producer, consumer: consumer)
    }

    private mutating func addDuplicateExport() {
        var pairs: [(Int, Int)] = []
        for a in blueprint.stacks.indices {
            for b in blueprint.stacks.indices where a < b && blueprint.samePlace(a, b) { pairs.append((a, b)) }
        }
        guard !pairs.isEmpty else { return }
        let (a, b) = rng.pick(pairs)
        let name = "g\(blueprint.seed)-twice"
        for stack in [a, b] {
            let value = Blueprint.ValueRef(stack: stack, resource: 0, attribute: nil)
            blueprint.stacks[stack].outputs.append(.init(key: "Twice", value: .typed(value), exportName: name))
        }
        fault = .duplicateExport(name: name, stacks: [a, b])
    }
}
