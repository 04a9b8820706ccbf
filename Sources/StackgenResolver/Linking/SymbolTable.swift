import StackgenCore

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
        /// Names SAM generates from declared resources, legal in `DependsOn`.
        var generatedNames: Set<String> = []

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
                symbols.generatedNames.formUnion(Self.samGeneratedNames(of: resource))
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

    /// The resources SAM adds for a declared one that templates may name in `DependsOn`.
    private static func samGeneratedNames(of resource: ResourceDeclaration) -> [String] {
        let id = resource.logicalID
        switch resource.type {
        case "AWS::Serverless::Api", "AWS::Serverless::HttpApi":
            guard case .string(let stage)? = resource.properties["StageName"] else { return [] }
            return ["\(id)\(stage.alphanumericOnly)Stage", "\(id)Deployment"]
        case "AWS::Serverless::Function":
            return ["\(id)Role", "\(id)Version", "\(id)Url"]
        case "AWS::Serverless::StateMachine":
            return ["\(id)Role"]
        default:
            return []
        }
    }
}
