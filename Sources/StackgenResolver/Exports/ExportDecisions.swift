import StackgenCore

/// Pass 1 of resolution: every export of the app, decided before any use is linked. Each
/// value another stack uses gets the producer output that carries it (declared, or added by
/// stackgen) and, per consumer, its delivery: an export name in the same account and region,
/// a deploy-time parameter across regions. Decisions are made in sorted order, so the
/// result never depends on the order stacks were added in.
struct ExportDecisions {
    /// The output key carrying each used value, per value.
    private(set) var carriers: [StackValue: String] = [:]
    /// Outputs stackgen adds to producers, by producer then key.
    private(set) var addedOutputs: [String: [String: OutputDeclaration]] = [:]
    /// Export names given to outputs that had none, by producer then key.
    private(set) var exportNamesAdded: [String: [String: String]] = [:]
    /// Parameters stackgen adds to consumers of values from other regions, by consumer then name.
    private(set) var addedParameters: [String: [String: ParameterDeclaration]] = [:]
    private(set) var bindings: [String: [String: ParameterBinding]] = [:]
    /// Every export of the app: declared names and the ones decided here.
    private(set) var exports = ExportTable()

    init(model: AppModel, symbols: SymbolTable) {
        for stack in model.stacks {
            for output in stack.outputs {
                guard let name = output.exportName else { continue }
                exports.add(.init(name: name, stack: stack.name, outputKey: output.key, placement: model.placement(of: stack), location: output.location))
            }
        }
        var collector = UseCollector(symbols: symbols)
        for stack in model.stacks { collector.collect(in: stack) }

        // Carriers are decided per producer in a fixed order, so colliding keys get the same
        // `…Output` suffix whatever order the uses were met in.
        let values = collector.firstUse.map { value, location in
            (order: (value.producer, value.suggestedOutputKey, value.description), value: value, location: location)
        }
        for entry in values.sorted(by: { $0.order < $1.order }) {
            carriers[entry.value] = carrierKey(for: entry.value, symbols: symbols, firstUse: entry.location)
        }
        // One delivery per consumer and carrying output, in sorted order. The sort compares
        // plain names: a comparator that built each value's text cost more than the walk.
        var deliveries: Set<Delivery> = []
        for use in collector.consumers {
            guard let key = carriers[use.value] else { continue }
            deliveries.insert(Delivery(consumer: use.consumer, producer: use.value.producer, outputKey: key))
        }
        for delivery in deliveries.sorted() {
            guard let consumer = symbols[delivery.consumer], let producer = symbols[delivery.producer],
                let output = output(delivery.outputKey, of: delivery.producer, symbols: symbols)
            else { continue }
            if producer.placement == consumer.placement {
                decideExportName(of: output, in: producer)
            } else if consumer.stack.crossRegionDelivery == .parameter {
                bindParameter(for: output, from: producer, into: consumer, symbols: symbols)
            }
        }
    }

    /// A value reaching a consumer through one output of its producer.
    private struct Delivery: Hashable, Comparable {
        let consumer: String
        let producer: String
        let outputKey: String

        static func < (a: Delivery, b: Delivery) -> Bool {
            (a.consumer, a.producer, a.outputKey) < (b.consumer, b.producer, b.outputKey)
        }
    }

    /// The producer's output whose value is `value`: one the user declared, or one stackgen
    /// adds (key derived from the value, readable and stable).
    private mutating func carrierKey(for value: StackValue, symbols: SymbolTable, firstUse: SourceLocation) -> String {
        guard let expression = value.localExpression else { return value.suggestedOutputKey }
        let producer = value.producer
        if let declared = symbols[producer]?.stack.outputs.first(where: { $0.value == expression && $0.condition == nil }) {
            return declared.key
        }
        var key = value.suggestedOutputKey
        while symbols[producer]?.outputs[key] != nil || addedOutputs[producer]?[key] != nil { key += "Output" }
        addedOutputs[producer, default: [:]][key] = OutputDeclaration(
            key: key, value: expression, description: nil, exportName: nil, condition: nil, location: firstUse)
        return key
    }

    func output(_ key: String, of producer: String, symbols: SymbolTable) -> OutputDeclaration? {
        symbols[producer]?.outputs[key] ?? addedOutputs[producer]?[key]
    }

    /// The export name a same-region consumer imports: the declared one, or `<stack>:<key>`.
    func exportName(of output: OutputDeclaration, in producer: String) -> String? {
        output.exportName ?? exportNamesAdded[producer]?[output.key]
    }

    private mutating func decideExportName(of output: OutputDeclaration, in producer: SymbolTable.StackSymbols) {
        let stack = producer.stack.name
        guard exportName(of: output, in: stack) == nil else { return }
        let name = "\(stack):\(output.key)"
        exportNamesAdded[stack, default: [:]][output.key] = name
        exports.add(.init(name: name, stack: stack, outputKey: output.key, placement: producer.placement, location: output.location))
    }

    /// The consumer's parameter bound to a producer's output, if one was decided.
    func boundParameter(for output: String, from producer: String, in consumer: String) -> String? {
        bindings[consumer]?.values.first { $0.stack == producer && $0.outputKey == output }?.parameter
    }

    private mutating func bindParameter(
        for output: OutputDeclaration, from producerSymbols: SymbolTable.StackSymbols, into taken: SymbolTable.StackSymbols,
        symbols: SymbolTable
    ) {
        let producer = producerSymbols.stack.name, region = producerSymbols.placement.region, consumer = taken.stack
        // "eu-west-1", or "eu-west-1 of account 111111111111" when the value crosses accounts.
        let place = producerSymbols.placement.description
        guard boundParameter(for: output.key, from: producer, in: consumer.name) == nil else { return }
        var name = output.key
        if taken.parameters.contains(name) || taken.resourceTypes[name] != nil || addedParameters[consumer.name]?[name] != nil {
            name = producer.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined().alphanumericOnly + name
        }
        addedParameters[consumer.name, default: [:]][name] = ParameterDeclaration(
            name: name, type: .string, defaultValue: nil,
            description: "Filled at deploy time from \(producer) (\(place)) output \(output.key).",
            allowedValues: [], noEcho: false, location: output.location)
        bindings[consumer.name, default: [:]][name] = ParameterBinding(
            parameter: name, stack: producer, region: region, outputKey: output.key)
    }
}
