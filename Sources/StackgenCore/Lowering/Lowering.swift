/// Stage 1: checks what the compiler could not (names, uniqueness, script wiring) and
/// settles each stack's region. Reports every problem it finds; returns the model only
/// when none was an error.
public enum Lowering {
    public static func lower(_ app: App, into diagnostics: inout Diagnostics) -> AppModel? {
        let errorsBefore = diagnostics.errors.count
        var seenStacks: [String: SourceLocation] = [:]
        var stacks: [StackModel] = []
        for stack in app.stacks {
            if !NameRules.isValidStackName(stack.name) {
                diagnostics.emit(.invalidStackName(stack.name, at: stack.location))
            }
            if let first = seenStacks[stack.name] {
                diagnostics.emit(.duplicateStackName(stack.name, first: first, at: stack.location))
                continue
            }
            seenStacks[stack.name] = stack.location
            checkNames(in: stack, into: &diagnostics)
            stacks.append(model(of: stack, in: app))
        }
        checkScripts(app.scripts, stackNames: Set(seenStacks.keys), into: &diagnostics)
        for (name, location) in app.externalExports.sorted(by: { $0.key < $1.key })
        where !NameRules.isValidExportName(name) {
            diagnostics.emit(.invalidExportName(name, path: ModelPath([.app(app.name)]), at: location))
        }
        guard diagnostics.errors.count == errorsBefore else { return nil }
        return AppModel(name: app.name, stacks: stacks, scripts: app.scripts, externalExports: app.externalExports)
    }

    private static func model(of stack: Stack, in app: App) -> StackModel {
        StackModel(
            name: stack.name, region: stack.region ?? app.region, account: stack.account ?? app.account,
            description: stack.description, tags: stack.tags, transforms: stack.transforms,
            globals: stack.globals, crossRegionDelivery: stack.crossRegionDelivery, location: stack.location,
            resources: stack.resources, parameters: stack.parameters, outputs: stack.outputs,
            conditions: stack.conditions, mappings: stack.mappings)
    }

    private static func checkNames(in stack: Stack, into diagnostics: inout Diagnostics) {
        let path = ModelPath.stack(stack.name)
        // Resources, parameters, conditions and mappings are checked apart; CloudFormation
        // shares one namespace between resources and parameters, so that pair is checked together.
        var ids: [String: SourceLocation] = [:]
        for resource in stack.resources {
            let resourcePath = path.appending(.resource(resource.logicalID))
            if !NameRules.isValidLogicalID(resource.logicalID) {
                diagnostics.emit(.invalidLogicalID(resource.logicalID, path: resourcePath, at: resource.location))
            }
            if let first = ids[resource.logicalID] {
                diagnostics.emit(.duplicateLogicalID(resource.logicalID, first: first, path: resourcePath, at: resource.location))
            }
            ids[resource.logicalID] = ids[resource.logicalID] ?? resource.location
            for finding in resource.findings {
                diagnostics.emit(
                    Diagnostic(
                        finding.code, message: finding.message, path: resourcePath.appending(.field(finding.field)),
                        location: resource.location, hint: finding.hint))
            }
        }
        for parameter in stack.parameters {
            let parameterPath = path.appending(.parameter(parameter.name))
            if !NameRules.isValidLogicalID(parameter.name) {
                diagnostics.emit(.invalidParameterName(parameter.name, path: parameterPath, at: parameter.location))
            }
            if let first = ids[parameter.name] {
                diagnostics.emit(.duplicateLogicalID(parameter.name, first: first, path: parameterPath, at: parameter.location))
            }
            ids[parameter.name] = ids[parameter.name] ?? parameter.location
        }
        var outputKeys: [String: SourceLocation] = [:]
        for output in stack.outputs {
            let outputPath = path.appending(.output(output.key))
            if !NameRules.isValidLogicalID(output.key) {
                diagnostics.emit(.invalidLogicalID(output.key, path: outputPath, at: output.location))
            }
            if let first = outputKeys[output.key] {
                diagnostics.emit(.duplicateLogicalID(output.key, first: first, path: outputPath, at: output.location))
            }
            outputKeys[output.key] = outputKeys[output.key] ?? output.location
            if let export = output.exportName, !NameRules.isValidExportName(export) {
                diagnostics.emit(.invalidExportName(export, path: outputPath.appending(.field("Export.Name")), at: output.location))
            }
        }
        var conditionNames: [String: SourceLocation] = [:]
        for condition in stack.conditions {
            let conditionPath = path.appending(.condition(condition.name))
            if !NameRules.isValidLogicalID(condition.name) {
                diagnostics.emit(.invalidLogicalID(condition.name, path: conditionPath, at: condition.location))
            }
            if let first = conditionNames[condition.name] {
                diagnostics.emit(.duplicateLogicalID(condition.name, first: first, path: conditionPath, at: condition.location))
            }
            conditionNames[condition.name] = conditionNames[condition.name] ?? condition.location
        }
        for mapping in stack.mappings where !NameRules.isValidLogicalID(mapping.name) {
            diagnostics.emit(.invalidLogicalID(mapping.name, path: path.appending(.mapping(mapping.name)), at: mapping.location))
        }
    }

    private static func checkScripts(_ scripts: [ScriptStep], stackNames: Set<String>, into diagnostics: inout Diagnostics) {
        let scriptNames = Set(scripts.map(\.name))
        let known = stackNames.union(scriptNames)
        for script in scripts {
            let path = ModelPath([.script(script.name)])
            if !NameRules.isValidStackName(script.name) || stackNames.contains(script.name) {
                diagnostics.emit(.invalidScriptName(script.name, path: path, at: script.location))
            }
            for name in script.after where !known.contains(name) {
                diagnostics.emit(.unknownScriptNeighbour(name, in: script, path: path, candidates: known))
            }
            for name in script.before where !stackNames.contains(name) {
                diagnostics.emit(.unknownScriptNeighbour(name, in: script, path: path, candidates: stackNames))
            }
        }
    }
}
