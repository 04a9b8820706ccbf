import StackgenCore

/// Walks every expression of every stack once: checks local references and turns each
/// use of another stack's value into an import (same account and region) or a
/// deploy-time parameter (across regions), recording the edge and its reason.
struct ReferenceLinker {
    let symbols: SymbolTable
    let externalExports: Set<String>
    private(set) var exports = ExportTable()
    private(set) var diagnostics = Diagnostics()
    /// Outputs stackgen adds to producers, by producer stack then key.
    private(set) var addedOutputs: [String: [String: OutputDeclaration]] = [:]
    /// Export names given to outputs that had none, by producer then key.
    private(set) var exportNamesAdded: [String: [String: String]] = [:]
    private(set) var addedParameters: [String: [String: ParameterDeclaration]] = [:]
    private(set) var bindings: [String: [String: ParameterBinding]] = [:]
    private(set) var reasons: [EdgeKey: Set<String>] = [:]
    private(set) var importedExports: Set<String> = []
    private(set) var needsLanguageExtensions: Set<String> = []

    struct EdgeKey: Hashable, Comparable {
        let producer: String
        let consumer: String
        static func < (a: EdgeKey, b: EdgeKey) -> Bool { (a.producer, a.consumer) < (b.producer, b.consumer) }
    }

    /// The stack and declaration being walked, for paths and call sites.
    struct Site {
        /// The stack's symbols, a class: a site is made per declaration and should not copy
        /// the stack's collections.
        let symbols: SymbolTable.StackSymbols
        var stack: StackModel { symbols.model }
        let path: ModelPath
        let location: SourceLocation
    }

    init(model: AppModel, symbols: SymbolTable) {
        self.symbols = symbols
        self.externalExports = Set(model.externalExports.keys)
        for stack in model.stacks {
            for output in stack.outputs {
                guard let name = output.exportName else { continue }
                exports.add(
                    .init(
                        name: name, stack: stack.name, outputKey: output.key, region: stack.region,
                        account: stack.account, location: output.location))
            }
        }
    }

    @discardableResult
    mutating func link(_ expression: Expr, at site: Site, field: String) -> Expr {
        linkIfChanged(expression, at: site, field: field) ?? expression
    }

    /// The rewritten expression, or nil when it needed no change.
    mutating func linkIfChanged(_ expression: Expr, at site: Site, field: String) -> Expr? {
        path = field.isEmpty ? [] : [.key(field)]
        return walk(expression, site: site)
    }

    /// The property path being walked; turned into text only when a diagnostic needs it,
    /// because most walks report nothing.
    private var path: [PathStep] = []

    private enum PathStep {
        case key(String)
        case index(Int)
    }

    private var field: String {
        var text = ""
        for step in path {
            switch step {
            case .key(let key): text += text.isEmpty ? key : ".\(key)"
            case .index(let index): text += "[\(index)]"
            }
        }
        return text
    }

    /// Returns the rewritten node, or nil when nothing below it changed, so untouched
    /// subtrees (most of a template) are never copied.
    private mutating func walk(_ expression: Expr, site: Site) -> Expr? {
        switch expression {
        case .list(let items):
            var result: [Expr]?
            for (index, item) in items.enumerated() {
                path.append(.index(index))
                if let changed = walk(item, site: site) {
                    if result == nil { result = items }
                    result![index] = changed
                }
                path.removeLast()
            }
            return result.map(Expr.list)
        case .map(let fields):
            guard let changed = walkFields(fields, site: site) else { return nil }
            return .map(changed)
        case .concat(let parts):
            var result: [Expr]?
            for (index, part) in parts.enumerated() {
                if let changed = walk(part, site: site) {
                    if result == nil { result = parts }
                    result![index] = changed
                }
            }
            return result.map(Expr.concat)
        case .sub(let text, let variables):
            guard let changed = walkFields(variables, site: site) else { return nil }
            return .sub(text, variables: changed)
        case .if(let condition, let then, let otherwise):
            checkCondition(condition, site: site)
            let newThen = walk(then, site: site)
            let newElse = walk(otherwise, site: site)
            guard newThen != nil || newElse != nil else { return nil }
            return .if(condition: condition, then: newThen ?? then, else: newElse ?? otherwise)
        case .conditionRef(let name):
            checkCondition(name, site: site)
            return nil
        case .function(let name, let argument):
            if name == "FindInMap", case .list(let items) = argument, case .string(let mapping)? = items.first,
                !(symbols[site.stack.name]?.mappings.contains(mapping) ?? false)
            {
                diagnostics.emit(.missingMapping(mapping, site: site, field: field, symbols: symbols))
            }
            if name == "ToJsonString" || name == "Length" { needsLanguageExtensions.insert(site.stack.name) }
            return walk(argument, site: site).map { .function(name, $0) }
        case .ref(let address), .getAtt(let address, _):
            return link(reference: expression, to: address, site: site)
        case .output(let address):
            return link(output: address, site: site)
        case .importValue(let name):
            checkImport(name, site: site)
            return nil
        case .string, .integer, .number, .boolean, .null, .pseudo:
            return nil
        }
    }

    /// Keys in sorted order, so generated names never depend on hash order.
    private mutating func walkFields(_ fields: [String: Expr], site: Site) -> [String: Expr]? {
        var result: [String: Expr]?
        // Sorting copies; a map of one key (most nested maps) has only one order anyway.
        for (key, value) in fields.count < 2 ? Array(fields) : fields.sorted(by: { $0.key < $1.key }) {
            path.append(.key(key))
            if let changed = walk(value, site: site) {
                if result == nil { result = fields }
                result![key] = changed
            }
            path.removeLast()
        }
        return result
    }

    private mutating func checkCondition(_ name: String, site: Site) {
        guard !(symbols[site.stack.name]?.conditions.contains(name) ?? false) else { return }
        diagnostics.emit(.missingCondition(name, site: site, field: field, symbols: symbols))
    }

    // MARK: References to resources and parameters

    private mutating func link(reference: Expr, to address: Address, site: Site) -> Expr? {
        guard symbols.contains(address) else {
            diagnostics.emit(.missingTarget(address, site: site, field: field, symbols: symbols))
            return nil
        }
        guard address.stack != site.stack.name else { return nil }
        // A stack uses the same value many times (every function imports the same table
        // name); the first use decides the import, the rest reuse it.
        let cacheKey = DeliveryKey(consumer: site.stack.name, reference: reference)
        if let delivered = deliveries[cacheKey] { return delivered }
        let key: String
        let reason: String
        switch reference {
        case .getAtt(_, let attribute):
            key = address.logicalID + attribute.alphanumericOnly
            reason = "\(address.stack).\(address.logicalID).\(attribute)"
        default:
            key = address.logicalID
            reason = "\(address.stack).\(address.logicalID)"
        }
        let output = outputCarrying(reference, in: address.stack, suggestedKey: key, at: site.location)
        let delivered = deliver(output: output, from: address.stack, reason: reason, site: site)
        deliveries[cacheKey] = delivered
        return delivered
    }

    private struct DeliveryKey: Hashable {
        let consumer: String
        let reference: Expr
    }

    private var deliveries: [DeliveryKey: Expr] = [:]

    private mutating func link(output address: OutputAddress, site: Site) -> Expr? {
        guard let declared = symbols[address.stack]?.outputs[address.key] else {
            diagnostics.emit(.missingOutput(address, site: site, field: field, symbols: symbols))
            return nil
        }
        if address.stack == site.stack.name { return declared.value }
        return deliver(output: declared, from: address.stack, reason: "\(address.stack).Outputs.\(address.key)", site: site)
    }

    /// The producer's output whose value is `reference`: one the user declared, or one
    /// stackgen adds (key derived from the reference, readable and stable).
    private mutating func outputCarrying(
        _ reference: Expr, in producer: String, suggestedKey: String, at location: SourceLocation
    ) -> OutputDeclaration {
        if let declared = symbols[producer]!.model.outputs.first(where: { $0.value == reference && $0.condition == nil }) {
            return declared
        }
        if let added = addedOutputs[producer]?[suggestedKey] { return added }
        var key = suggestedKey
        while symbols[producer]!.outputs[key] != nil { key += "Output" }
        let output = OutputDeclaration(
            key: key, value: reference, description: nil, exportName: nil, condition: nil, location: location)
        addedOutputs[producer, default: [:]][key] = output
        return output
    }

    private mutating func deliver(output: OutputDeclaration, from producer: String, reason: String, site: Site) -> Expr {
        let producerModel = symbols[producer]!.model
        reasons[EdgeKey(producer: producer, consumer: site.stack.name), default: []].insert(reason)
        if producerModel.region == site.stack.region && producerModel.account == site.stack.account {
            let name = exportName(of: output, in: producerModel)
            importedExports.insert(name)
            return .importValue(name)
        }
        switch site.stack.crossRegionDelivery {
        case .getStackOutput:
            var fields: [String: Expr] = [
                "StackName": .string(producer), "OutputName": .string(output.key), "Region": .string(producerModel.region),
            ]
            if producerModel.account != site.stack.account, let account = producerModel.account {
                fields["RoleArn"] = .string("arn:aws:iam::\(account):role/stackgen-output-reader")
            }
            return .function("GetStackOutput", .map(fields))
        case .parameter:
            return .ref(bindParameter(for: output, from: producerModel, into: site.stack))
        }
    }

    private mutating func exportName(of output: OutputDeclaration, in producer: StackModel) -> String {
        if let name = output.exportName ?? exportNamesAdded[producer.name]?[output.key] { return name }
        let name = "\(producer.name):\(output.key)"
        exportNamesAdded[producer.name, default: [:]][output.key] = name
        exports.add(
            .init(name: name, stack: producer.name, outputKey: output.key, region: producer.region, account: producer.account, location: output.location))
        return name
    }

    private mutating func bindParameter(for output: OutputDeclaration, from producer: StackModel, into consumer: StackModel) -> Address {
        if let existing = bindings[consumer.name]?.values.first(where: { $0.stack == producer.name && $0.outputKey == output.key }) {
            return Address(stack: consumer.name, logicalID: existing.parameter, kind: .parameter)
        }
        var name = output.key
        let taken = symbols[consumer.name]!
        if taken.parameters.contains(name) || taken.resourceTypes[name] != nil || addedParameters[consumer.name]?[name] != nil {
            name = producer.name.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined().alphanumericOnly + name
        }
        addedParameters[consumer.name, default: [:]][name] = ParameterDeclaration(
            name: name, type: .string, defaultValue: nil,
            description: "Filled at deploy time from \(producer.name) (\(producer.region)) output \(output.key).",
            allowedValues: [], noEcho: false, location: output.location)
        bindings[consumer.name, default: [:]][name] = ParameterBinding(
            parameter: name, stack: producer.name, region: producer.region, outputKey: output.key)
        return Address(stack: consumer.name, logicalID: name, kind: .parameter)
    }

    // MARK: Hand-written imports

    private mutating func checkImport(_ name: String, site: Site) {
        if let entry = exports.entry(named: name, region: site.stack.region, account: site.stack.account) {
            importedExports.insert(name)
            if entry.stack != site.stack.name {
                reasons[EdgeKey(producer: entry.stack, consumer: site.stack.name), default: []].insert("export '\(name)'")
            }
            return
        }
        if externalExports.contains(name) { return }
        if let elsewhere = exports.entries(named: name).first {
            diagnostics.emit(.crossRegionImport(name, producer: elsewhere, site: site, field: field))
        } else {
            diagnostics.emit(.importWithoutExport(name, site: site, field: field, candidates: exports.names + externalExports.sorted()))
        }
    }
}
