/// Stage 1: checks what the compiler could not (names, uniqueness, script wiring) and
/// settles each stack's region. Reports every problem it finds; returns the model only
/// when none was an error.
public enum Lowering {
    public static func lower(_ app: App, into diagnostics: inout Diagnostics) -> AppModel? {
        let errorsBefore = diagnostics.errors.count
        var seenStacks: [String: SourceLocation] = [:]
        var stacks: [Stack] = []
        for stack in app.stacks {
            if !NameRules.isValidStackName(stack.name) {
                diagnostics.emit(.invalidStackName(stack.name, at: stack.location))
            }
            if let first = seenStacks[stack.name] {
                diagnostics.emit(.duplicateStackName(stack.name, first: first, at: stack.location))
                continue
            }
            seenStacks[stack.name] = stack.location
            if stack.resources.isEmpty { diagnostics.emit(.emptyStack(stack)) }
            checkNames(in: stack, into: &diagnostics)
            var settled = stack
            settled.region = stack.region ?? app.region
            settled.account = stack.account ?? app.account
            stacks.append(settled)
        }
        checkScripts(app.scripts, stackNames: Set(seenStacks.keys), into: &diagnostics)
        for (name, location) in app.externalExports.sorted(by: { $0.key < $1.key })
        where !NameRules.isValidExportName(name) {
            diagnostics.emit(.invalidExportName(name, path: ModelPath([.app(app.name)]), at: location))
        }
        guard diagnostics.errors.count == errorsBefore else { return nil }
        return AppModel(
            name: app.name, region: app.region, account: app.account, stacks: stacks, scripts: app.scripts,
            externalExports: app.externalExports)
    }

    private static func checkNames(in stack: Stack, into diagnostics: inout Diagnostics) {
        let path = ModelPath.stack(stack.name)
        // CloudFormation shares one namespace between resources and parameters; outputs,
        // conditions and mappings each have their own.
        var ids = Namespace()
        for resource in stack.resources {
            let resourcePath = path.appending(.resource(resource.logicalID))
            ids.declare(resource.logicalID, path: resourcePath, at: resource.location, into: &diagnostics)
            for finding in resource.findings {
                diagnostics.emit(
                    Diagnostic(
                        finding.code, message: finding.message, path: resourcePath.appending(.field(finding.field)),
                        location: resource.location, hint: finding.hint))
            }
            for override in resource.overrides {
                guard let problem = override.problem else { continue }
                diagnostics.emit(.invalidOverridePath(override, problem: problem, resource: resourcePath))
            }
        }
        for parameter in stack.parameters {
            ids.declare(
                parameter.name, path: path.appending(.parameter(parameter.name)), at: parameter.location,
                invalid: Diagnostic.invalidParameterName, into: &diagnostics)
        }
        var outputKeys = Namespace()
        for output in stack.outputs {
            let outputPath = path.appending(.output(output.key))
            outputKeys.declare(output.key, path: outputPath, at: output.location, into: &diagnostics)
            if let export = output.exportName, !NameRules.isValidExportName(export) {
                diagnostics.emit(.invalidExportName(export, path: outputPath.appending(.field("Export.Name")), at: output.location))
            }
        }
        var conditionNames = Namespace()
        for condition in stack.conditions {
            conditionNames.declare(
                condition.name, path: path.appending(.condition(condition.name)), at: condition.location,
                isValid: NameRules.isValidConditionName, invalid: Diagnostic.invalidConditionName, into: &diagnostics)
        }
        var mappingNames = Namespace()
        for mapping in stack.mappings {
            mappingNames.declare(mapping.name, path: path.appending(.mapping(mapping.name)), at: mapping.location, into: &diagnostics)
        }
    }

    /// Names declared in one namespace of a stack: each must be a valid logical id and
    /// declared once; a repeat points back at the first declaration.
    private struct Namespace {
        private var first: [String: SourceLocation] = [:]

        mutating func declare(
            _ name: String, path: ModelPath, at location: SourceLocation,
            isValid: (String) -> Bool = NameRules.isValidLogicalID,
            invalid: (String, ModelPath, SourceLocation) -> Diagnostic = Diagnostic.invalidLogicalID,
            into diagnostics: inout Diagnostics
        ) {
            if !isValid(name) { diagnostics.emit(invalid(name, path, location)) }
            if let earlier = first[name] {
                diagnostics.emit(.duplicateLogicalID(name, first: earlier, path: path, at: location))
            } else {
                first[name] = location
            }
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
