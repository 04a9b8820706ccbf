import StackgenCore

/// Pass 1's walk: finds every typed use of another stack's value in every section of every
/// stack (properties, metadata, outputs, conditions, Globals), without rewriting anything.
/// Uses of names that do not exist are left for the linker to report, and so are uses in a
/// condition that cannot arrive as a deploy-time parameter (no export is made for them).
struct UseCollector {
    let symbols: SymbolTable
    /// Each used value with the first call site (by file and line) that uses it.
    private(set) var firstUse: [StackValue: SourceLocation] = [:]
    /// Which stacks use which values.
    private(set) var consumers: Set<Use> = []

    struct Use: Hashable {
        let consumer: String
        let value: StackValue
    }

    init(symbols: SymbolTable) {
        self.symbols = symbols
    }

    mutating func collect(in stack: Stack) {
        for resource in stack.resources {
            for value in resource.expressions { walk(value, in: stack.name, at: resource.location) }
        }
        for output in stack.outputs { walk(output.value, in: stack.name, at: output.location) }
        inCondition = true
        for condition in stack.conditions { walk(condition.expression, in: stack.name, at: condition.location) }
        inCondition = false
        for value in stack.globals.values { walk(value, in: stack.name, at: stack.location) }
        for value in stack.metadata.values { walk(value, in: stack.name, at: stack.location) }
        for value in stack.rules.values { walk(value, in: stack.name, at: stack.location) }
    }

    /// Visits children in any order: what is collected is a set, decided later in sorted order.
    private mutating func walk(_ expression: Expr, in consumer: String, at location: SourceLocation) {
        switch expression {
        case .list(let items), .concat(let items):
            for item in items { walk(item, in: consumer, at: location) }
        case .map(let fields):
            for value in fields.values { walk(value, in: consumer, at: location) }
        case .sub(_, let variables):
            for value in variables.values { walk(value, in: consumer, at: location) }
        case .if(_, let then, let otherwise):
            walk(then, in: consumer, at: location)
            walk(otherwise, in: consumer, at: location)
        case .function(_, let argument):
            walk(argument, in: consumer, at: location)
        case .ref(let address):
            guard address.stack != consumer, symbols.contains(address) else { return }
            record(.reference(address), by: consumer, at: location)
        case .getAtt(let address, let attribute):
            guard address.stack != consumer, symbols.contains(address) else { return }
            record(.attribute(address, name: attribute), by: consumer, at: location)
        case .output(let address):
            guard address.stack != consumer, symbols[address.stack]?.outputs[address.key] != nil else { return }
            record(.output(address), by: consumer, at: location)
        case .string, .integer, .number, .boolean, .null, .pseudo, .importValue, .conditionRef:
            return
        }
    }

    private var inCondition = false

    private mutating func record(_ value: StackValue, by consumer: String, at location: SourceLocation) {
        if inCondition, let from = symbols[value.producer], let to = symbols[consumer],
            from.placement == to.placement || to.stack.crossRegionDelivery != .parameter
        {
            return
        }
        consumers.insert(Use(consumer: consumer, value: value))
        if let earlier = firstUse[value], earlier <= location { return }
        firstUse[value] = location
    }
}
