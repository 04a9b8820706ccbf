import StackgenCore
import StackgenFacts

/// What each stack declares, by name, for checking references.
struct SymbolTable {
    /// A class, not a struct: the linker looks a stack up for every reference it walks, and
    /// a lookup should hand out one reference, not copy a dozen collections.
    final class StackSymbols {
        let stack: Stack
        let placement: Placement
        var resourceTypes: [String: String] = [:]
        var parameters: Set<String> = []
        var conditions: Set<String> = []
        var mappings: Set<String> = []
        var outputs: [String: OutputDeclaration] = [:]
        /// Resources SAM generates from declared ones, whose names are legal in `DependsOn`.
        var generated: Set<SAMGeneratedResource> = []
        var generatedNames: [String] { generated.map(\.name) }

        func isGenerated(_ name: String) -> Bool { generated.contains { $0.matches(name) } }

        init(stack: Stack, placement: Placement) {
            self.stack = stack
            self.placement = placement
        }
    }

    private(set) var stacks: [String: StackSymbols] = [:]

    init(_ model: AppModel) {
        for stack in model.stacks {
            let symbols = StackSymbols(stack: stack, placement: model.placement(of: stack))
            for resource in stack.resources {
                symbols.resourceTypes[resource.logicalID] = resource.type
                if resource.type.hasPrefix("AWS::Serverless::") {
                    symbols.generated.formUnion(SAMFacts.generatedResources(of: SAMResource(resource)))
                }
            }
            symbols.parameters = Set(stack.parameters.map(\.name))
            symbols.conditions = Set(stack.conditions.map(\.name))
            symbols.mappings = Set(stack.mappings.map(\.name))
            for output in stack.outputs { symbols.outputs[output.key] = output }
            stacks[stack.name] = symbols
        }
    }

    subscript(stack: String) -> StackSymbols? { stacks[stack] }

    func contains(_ address: Address) -> Bool {
        guard let symbols = stacks[address.stack] else { return false }
        switch address.kind {
        case .resource: return symbols.resourceTypes[address.logicalID] != nil
        case .parameter: return symbols.parameters.contains(address.logicalID)
        }
    }

    /// Candidates for a did-you-mean on a missing `Ref`/`GetAtt` target.
    func referenceableNames(in stack: String) -> [String] {
        guard let symbols = stacks[stack] else { return [] }
        return (Array(symbols.resourceTypes.keys) + symbols.parameters).sorted()
    }
}
