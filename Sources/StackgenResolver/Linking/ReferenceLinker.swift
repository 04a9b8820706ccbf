import StackgenCore
import StackgenFacts

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

    /// A condition's expression, linked like any other; but CloudFormation decides conditions
    /// before creating anything, so it may read no resource, no import and no other stack's
    /// value, except one that arrives as a deploy-time parameter (from another region or
    /// account).
    mutating func linkCondition(_ expression: Expr, at site: Site) -> Expr {
        path = []
        inCondition = true
        defer { inCondition = false }
        return walk(expression, site: site) ?? expression
    }

    private var inCondition = false

    static let pseudoParameterNames = PseudoParameter.allCases.map(\.rawValue)

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
            checkSubstitution(text, variables: variables, site: site)
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
            if inCondition, address.stack == site.stack.name ? address.kind == .resource : !arrivesAsParameter(from: address.stack, site: site) {
                let what = address.kind == .resource ? "resource '\(address.logicalID)'" : "parameter '\(address.logicalID)'"
                let owner = address.stack == site.stack.name ? "" : " of stack '\(address.stack)'"
                diagnostics.emit(.conditionReadsResource(what + owner, site: site, field: field))
                return nil
            }
            return link(reference: expression, to: address, site: site)
        case .output(let address):
            if inCondition, address.stack != site.stack.name, !arrivesAsParameter(from: address.stack, site: site) {
                diagnostics.emit(.conditionReadsResource("output '\(address.key)' of stack '\(address.stack)'", site: site, field: field))
                return nil
            }
            return link(output: address, site: site)
        case .importValue(let name):
            if inCondition {
                diagnostics.emit(.conditionReadsResource("'Fn::ImportValue' of '\(name)'", site: site, field: field))
                return nil
            }
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
        if case .getAtt(_, let attribute) = reference, !checkAttribute(attribute, of: address.logicalID, in: address.stack, site: site) {
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

    /// True when another stack's value reaches this one as a deploy-time parameter: the one
    /// kind of cross-stack value a condition may read.
    private func arrivesAsParameter(from producer: String, site: Site) -> Bool {
        guard let placement = symbols[producer]?.placement else { return true }  // missing: reported by the link
        return placement != site.placement && site.stack.crossRegionDelivery == .parameter
    }

    // MARK: Checks of hand-written names

    /// False (and reported) when the registry schema of the resource's type has no such
    /// attribute; types it does not know (custom resources, third-party types) take any.
    private mutating func checkAttribute(_ attribute: String, of resource: String, in stack: String, site: Site) -> Bool {
        guard let type = symbols[stack]?.resourceTypes[resource], let facts = facts.type(type),
            !facts.hasAttribute(attribute), !SAMFacts.referableProperties(of: type).contains(attribute)
        else { return true }
        let known = facts.attributes.sorted()
        diagnostics.emit(.unknownAttribute(attribute, of: resource, type: type, known: known, site: site, field: field))
        return false
    }

    /// An app reads attributes of the same few types thousands of times.
    private var facts = FactsCache()

    /// Every `${Name}` and `${Resource.Attribute}` of an `Fn::Sub` text names something of
    /// the stack (or of the variable map); `${!Text}` is CloudFormation's literal escape.
    private mutating func checkSubstitution(_ text: String, variables: [String: Expr], site: Site) {
        guard text.contains("${") else { return }
        for name in Self.substitutionNames(in: text) where variables[name] == nil {
            if PseudoParameter(rawValue: name) != nil { continue }
            let stackSymbols = symbols[site.stack.name]
            if stackSymbols?.parameters.contains(name) == true || stackSymbols?.resourceTypes[name] != nil
                || stackSymbols?.isGenerated(name) == true
            {
                if inCondition { diagnostics.emit(.conditionReadsResource("'${\(name)}'", site: site, field: field)) }
                continue
            }
            if let dot = name.firstIndex(of: "."), !name.hasPrefix("AWS::") {
                let resource = String(name[..<dot])
                if stackSymbols?.isGenerated(resource) == true { continue }
                if stackSymbols?.resourceTypes[resource] != nil {
                    if inCondition { diagnostics.emit(.conditionReadsResource("'${\(name)}'", site: site, field: field)) }
                    _ = checkAttribute(String(name[name.index(after: dot)...]), of: resource, in: site.stack.name, site: site)
                    continue
                }
            }
            diagnostics.emit(.missingSubstitution(name, site: site, field: field, symbols: symbols))
        }
    }

    /// The names `${…}` holds, without the `${!…}` escapes; scanned as bytes, since every
    /// `Fn::Sub` of an app passes through here.
    static func substitutionNames(in text: String) -> [String] {
        var names: [String] = []
        let bytes = text.utf8
        var index = bytes.startIndex
        while index != bytes.endIndex {
            guard bytes[index] == UInt8(ascii: "$") else {
                index = bytes.index(after: index)
                continue
            }
            let open = bytes.index(after: index)
            guard open != bytes.endIndex, bytes[open] == UInt8(ascii: "{") else {
                index = open
                continue
            }
            let start = bytes.index(after: open)
            guard let end = bytes[start...].firstIndex(of: UInt8(ascii: "}")) else { break }
            if start != end, bytes[start] != UInt8(ascii: "!") { names.append(String(text[start..<end])) }
            index = bytes.index(after: end)
        }
        return names
    }

    // MARK: Hand-written imports

    private mutating func checkImport(_ name: String, site: Site) {
        if let entry = exports.entry(named: name, in: site.placement) {
            if entry.stack == site.stack.name {
                diagnostics.emit(.importOfOwnExport(name, outputKey: entry.outputKey, site: site, field: field))
                return
            }
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
