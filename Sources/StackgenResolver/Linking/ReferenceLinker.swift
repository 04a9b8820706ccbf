import StackgenCore

/// Pass 2 of resolution: walks every expression of every stack once, checks local
/// references, and rewrites each use of another stack's value as pass 1 decided (an import,
/// a deploy-time parameter or `Fn::GetStackOutput`), recording the edge and its reason.
/// Hand-written imports are checked against every export of the app.
struct ReferenceLinker {
    let symbols: SymbolTable
    let decisions: ExportDecisions
    let externalExports: Set<String>
    private(set) var diagnostics = Diagnostics()
    private(set) var reasons: [EdgeKey: Set<EdgeReason>] = [:]
    /// The first call site (by file and line) of a use that made each edge.
    private(set) var edgeLocations: [EdgeKey: SourceLocation] = [:]
    private(set) var importedExports: Set<String> = []
    private(set) var needsLanguageExtensions: Set<String> = []
    private var exports: ExportTable { decisions.exports }

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
        var stack: Stack { symbols.stack }
        var placement: Placement { symbols.placement }
        let path: ModelPath
        let location: SourceLocation
    }

    init(model: AppModel, symbols: SymbolTable, decisions: ExportDecisions) {
        self.symbols = symbols
        self.decisions = decisions
        self.externalExports = Set(model.externalExports.keys)
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

    // MARK: Uses of other stacks' values

    private mutating func link(reference: Expr, to address: Address, site: Site) -> Expr? {
        guard symbols.contains(address) else {
            diagnostics.emit(.missingTarget(address, site: site, field: field, symbols: symbols))
            return nil
        }
        guard address.stack != site.stack.name else { return nil }
        // A stack uses the same value many times (every function imports the same table
        // name); the first use works out the delivery, the rest reuse it.
        let cacheKey = DeliveryKey(consumer: site.stack.name, reference: reference)
        if let delivered = deliveries[cacheKey] {
            recordEdge(delivered.reason, from: address.stack, site: site)
            return delivered.expression
        }
        let value: StackValue =
            if case .getAtt(_, let attribute) = reference { .attribute(address, name: attribute) } else { .reference(address) }
        guard let delivered = deliver(value, site: site) else { return nil }
        deliveries[cacheKey] = delivered
        return delivered.expression
    }

    private struct DeliveryKey: Hashable {
        let consumer: String
        let reference: Expr
    }

    private var deliveries: [DeliveryKey: (expression: Expr, reason: EdgeReason)] = [:]

    private mutating func link(output address: OutputAddress, site: Site) -> Expr? {
        guard let declared = symbols[address.stack]?.outputs[address.key] else {
            diagnostics.emit(.missingOutput(address, site: site, field: field, symbols: symbols))
            return nil
        }
        if address.stack == site.stack.name { return walk(declared.value, site: site) ?? declared.value }
        return deliver(.output(address), site: site)?.expression
    }

    /// The expression pass 1 decided for a use of `value` in the site's stack.
    private mutating func deliver(_ value: StackValue, site: Site) -> (expression: Expr, reason: EdgeReason)? {
        let producer = value.producer
        guard let producerSymbols = symbols[producer], let key = decisions.carriers[value],
            let output = decisions.output(key, of: producer, symbols: symbols)
        else { return nil }
        let consumer = site.stack
        let delivered: (expression: Expr, reason: EdgeReason)
        let from = producerSymbols.placement
        if from == site.placement {
            guard let name = decisions.exportName(of: output, in: producer) else { return nil }
            importedExports.insert(name)
            delivered = (.importValue(name), .importedValue(value))
        } else {
            switch consumer.crossRegionDelivery {
            case .getStackOutput:
                let roleArn = from.account != site.placement.account ? consumer.outputReaderRoleArn : nil
                let read = Fn.getStackOutput(stackName: producer, outputKey: output.key, region: from.region, roleArn: roleArn)
                delivered = (read.expression, .stackOutput(value))
            case .parameter:
                guard let parameter = decisions.boundParameter(for: output.key, from: producer, in: consumer.name) else { return nil }
                delivered = (.ref(Address(stack: consumer.name, logicalID: parameter, kind: .parameter)), .crossRegionParameter(value, parameter: parameter))
            }
        }
        recordEdge(delivered.reason, from: producer, site: site)
        return delivered
    }

    private mutating func recordEdge(_ reason: EdgeReason, from producer: String, site: Site) {
        let key = EdgeKey(producer: producer, consumer: site.stack.name)
        reasons[key, default: []].insert(reason)
        if let earlier = edgeLocations[key], earlier <= site.location { return }
        edgeLocations[key] = site.location
    }

    // MARK: Hand-written imports

    private mutating func checkImport(_ name: String, site: Site) {
        if let entry = exports.entry(named: name, in: site.placement) {
            importedExports.insert(name)
            if entry.stack != site.stack.name { recordEdge(.handWrittenImport(export: name), from: entry.stack, site: site) }
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
