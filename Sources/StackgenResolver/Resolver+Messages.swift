import StackgenCore

// Everything the resolver can say, in one place.
extension Diagnostic {
    private static func path(_ site: ReferenceLinker.Site, _ field: String) -> ModelPath {
        field.isEmpty ? site.path : site.path.appending(.field(field))
    }

    static func missingTarget(_ address: Address, site: ReferenceLinker.Site, field: String, symbols: SymbolTable) -> Diagnostic {
        guard symbols[address.stack] != nil else {
            return Diagnostic(
                .missingReferenceTarget, message: "reference to '\(address)' names unknown stack '\(address.stack)'",
                path: path(site, field), location: site.location,
                hint: Suggestion.phrase(for: address.stack, in: symbols.stacks.keys.sorted()) ?? "add the stack to the app")
        }
        let kind = address.kind == .resource ? "resource" : "parameter"
        let candidates = symbols.referenceableNames(in: address.stack)
        return Diagnostic(
            .missingReferenceTarget,
            message: "reference to missing \(kind) '\(address.logicalID)' in stack '\(address.stack)'",
            path: path(site, field), location: site.location,
            hint: Suggestion.phrase(for: address.logicalID, in: candidates) ?? "declare it, or reference one that exists")
    }

    static func missingSubstitution(_ name: String, site: ReferenceLinker.Site, field: String, symbols: SymbolTable) -> Diagnostic {
        let candidates = symbols.referenceableNames(in: site.stack.name) + ReferenceLinker.pseudoParameterNames
        return Diagnostic(
            .missingReferenceTarget,
            message: "'Fn::Sub' variable '${\(name)}' names no parameter, resource or pseudo parameter of stack '\(site.stack.name)'",
            path: path(site, field), location: site.location,
            hint: Suggestion.phrase(for: name, in: candidates)
                ?? "give it a value in the variable map, or write '${!\(name)}' for the literal text")
    }

    static func unknownAttribute(
        _ attribute: String, of resource: String, type: String, known: [String], site: ReferenceLinker.Site, field: String
    ) -> Diagnostic {
        Diagnostic(
            .unknownAttribute, message: "'\(type)' has no attribute '\(attribute)' (read from '\(resource)')",
            path: path(site, field), location: site.location,
            hint: Suggestion.phrase(for: attribute, in: known) ?? "its attributes are \(known.joined(separator: ", "))")
    }

    static func importOfOwnExport(_ name: String, outputKey: String, site: ReferenceLinker.Site, field: String) -> Diagnostic {
        Diagnostic(
            .importOfOwnExport, message: "stack '\(site.stack.name)' imports its own export '\(name)'",
            path: path(site, field), location: site.location,
            hint: "CloudFormation rejects a stack that imports its own export; use the value of output '\(outputKey)' directly")
    }

    static func conditionReadsResource(_ what: String, site: ReferenceLinker.Site, field: String) -> Diagnostic {
        Diagnostic(
            .conditionReadsResource,
            message: "condition reads \(what); conditions can read only parameters, mappings, pseudo parameters and other conditions",
            path: path(site, field), location: site.location,
            hint: "conditions are decided before any resource exists: pass the value in as a parameter, or decide it in Swift")
    }

    static func missingOutput(_ address: OutputAddress, site: ReferenceLinker.Site, field: String, symbols: SymbolTable) -> Diagnostic {
        let candidates = symbols[address.stack]?.outputs.keys.sorted() ?? []
        return Diagnostic(
            .missingOutput, message: "reference to missing output '\(address.key)' of stack '\(address.stack)'",
            path: path(site, field), location: site.location,
            hint: Suggestion.phrase(for: address.key, in: candidates) ?? "declare the output in '\(address.stack)'")
    }

    static func missingCondition(_ name: String, site: ReferenceLinker.Site, field: String, symbols: SymbolTable) -> Diagnostic {
        let candidates = symbols[site.stack.name]?.conditions.sorted() ?? []
        return Diagnostic(
            .missingCondition, message: "condition '\(name)' is not declared in stack '\(site.stack.name)'",
            path: path(site, field), location: site.location,
            hint: Suggestion.phrase(for: name, in: candidates) ?? "declare it with 'stack.condition(_:_:)' in the same stack")
    }

    static func missingMapping(_ name: String, site: ReferenceLinker.Site, field: String, symbols: SymbolTable) -> Diagnostic {
        let candidates = symbols[site.stack.name]?.mappings.sorted() ?? []
        return Diagnostic(
            .missingMapping, message: "mapping '\(name)' is not declared in stack '\(site.stack.name)'",
            path: path(site, field), location: site.location,
            hint: Suggestion.phrase(for: name, in: candidates) ?? "declare it with 'stack.mapping(_:_:)' in the same stack")
    }

    static func missingDependency(_ name: String, site: ReferenceLinker.Site, symbols: SymbolTable) -> Diagnostic {
        let stackSymbols = symbols[site.stack.name]
        let candidates = Array(stackSymbols?.resourceTypes.keys ?? [:].keys) + (stackSymbols?.generatedNames ?? [])
        return Diagnostic(
            .missingDependsOnTarget, message: "'DependsOn' names missing resource '\(name)'",
            path: site.path.appending(.field("DependsOn")), location: site.location,
            hint: Suggestion.phrase(for: name, in: candidates.sorted())
                ?? "depend on a resource of the same stack; across stacks, use its value and stackgen orders the stacks")
    }

    static func importWithoutExport(_ name: String, site: ReferenceLinker.Site, field: String, candidates: [String]) -> Diagnostic {
        let suggestion = Suggestion.phrase(for: name, in: candidates)
        return Diagnostic(
            .importWithoutExport, message: "import of '\(name)' has no export in this app",
            path: path(site, field), location: site.location,
            hint: suggestion.map { "\($0) if the export is made outside the app, declare it with 'app.externalExport(_:)'" }
                ?? "use the producing stack's value directly, or declare the export with 'app.externalExport(_:)'")
    }

    static func crossRegionImport(_ name: String, producer: ExportTable.Entry, site: ReferenceLinker.Site, field: String) -> Diagnostic {
        Diagnostic(
            .crossRegionImport,
            message: "'Fn::ImportValue' of '\(name)' crosses regions: exported in \(producer.region) by '\(producer.stack)', imported in \(site.placement.region)",
            path: path(site, field), location: site.location,
            hint: "imports cannot cross regions; use the producer's value directly and stackgen passes it as a deploy-time parameter")
    }

    static func duplicateExport(_ entries: [ExportTable.Entry]) -> Diagnostic {
        let first = entries[0]
        let others = entries.dropFirst().map { "'\($0.stack)' output '\($0.outputKey)'" }.joined(separator: ", ")
        return Diagnostic(
            .duplicateExportName,
            message: "export name '\(first.name)' is used \(entries.count) times in \(first.placement)",
            path: ModelPath([.stack(first.stack), .output(first.outputKey)]), location: first.location,
            hint: "also exported by \(others); export names are unique per account and region")
    }

    static func unusedExport(_ entry: ExportTable.Entry) -> Diagnostic {
        Diagnostic(
            .unusedExport, message: "export '\(entry.name)' is not imported by any stack of this app",
            path: ModelPath([.stack(entry.stack), .output(entry.outputKey)]), location: entry.location,
            hint: "drop 'exportName' unless something outside this app imports it; an imported export cannot be renamed or removed")
    }

    /// The full path, each edge with the uses that made it; located at the first use of the
    /// cycle's first edge, so the user lands on a line that is part of the loop.
    static func cycle(_ steps: [String], edges: [StackEdge]) -> Diagnostic {
        var byPair: [String: StackEdge] = [:]
        for edge in edges { byPair["\(edge.producer)\u{0}\(edge.consumer)"] = edge }
        var lines: [String] = []
        var location: SourceLocation?
        for (from, to) in zip(steps, steps.dropFirst() + [steps[0]]) {
            let edge = byPair["\(from)\u{0}\(to)"]
            location = location ?? edge?.location
            let reasons = edge?.reasons.map(\.description).joined(separator: ", ") ?? ""
            lines.append("\(to) ← \(from) (\(reasons))")
        }
        return Diagnostic(
            .dependencyCycle, message: "dependency cycle: \((steps + [steps[0]]).joined(separator: " → "))",
            path: .stack(steps[0]), location: location,
            hint: "break one of these uses:\n    " + lines.joined(separator: "\n    "))
    }

    static func limitExceeded(_ code: Code, stack: Stack, what: String, count: Int, limit: Int) -> Diagnostic {
        Diagnostic(
            code, message: "stack '\(stack.name)' has \(count) \(what); CloudFormation allows \(limit)",
            path: stack.path, location: stack.location, hint: "split the stack; stackgen wires the references between the parts")
    }
}
