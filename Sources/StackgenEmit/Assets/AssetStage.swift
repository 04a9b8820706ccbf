import StackgenCore
import StackgenResolver

/// What the asset stage needs beyond the app: where relative paths start, and a way to
/// look at the files (nil in memory-only runs: paths are still resolved, nothing is hashed).
public struct AssetInputs: Sendable {
    /// Absolute; the app's `sourceRoot` and the output folder are relative to it.
    public let workingDirectory: String
    public let fileSystem: (any AssetFileSystem)?
    /// A path that does not exist is a warning for synth and validate (the templates and
    /// the graph stay useful without the code) and an error for deploy.
    public let missingSeverity: Diagnostic.Severity
    /// Stacks this run does not deploy (`deploy --stack` picked others, or `--resume` finds
    /// them done): their missing code stays a warning, as nothing will package it.
    public let notDeployed: Set<String>

    public init(
        workingDirectory: String, fileSystem: (any AssetFileSystem)?, missingSeverity: Diagnostic.Severity = .warning,
        notDeployed: Set<String> = []
    ) {
        self.workingDirectory = workingDirectory
        self.fileSystem = fileSystem
        self.missingSeverity = missingSeverity
        self.notDeployed = notDeployed
    }

    func missingSeverity(of stack: String) -> Diagnostic.Severity {
        notDeployed.contains(stack) ? .warning : missingSeverity
    }
}

/// After emit: resolves every local artifact path against the app's source root, writes it
/// into the template relative to the output folder, lists it in the plan with its content
/// hash, and reports the paths that do not exist.
public enum AssetStage {
    public static func apply(
        to emitted: Emitter.Output, of resolved: ResolvedApp, app: App, outputFolder: String, inputs: AssetInputs?,
        into diagnostics: inout Diagnostics
    ) -> Emitter.Output {
        var plan = emitted.plan
        let root = app.sourceRoot ?? "."
        plan.sourceRoot = relativePath(to: AssetPath.normalized(root), from: outputFolder, workingDirectory: inputs?.workingDirectory)
        let references = resolved.stacks.flatMap(AssetLocator.references(in:))
        var assets: [Plan.Asset] = []
        var paths: [String: [String: [String: String]]] = [:]
        for reference in references {
            let target = AssetPath.joined(root, reference.value)
            let slash = reference.value.hasSuffix("/") && !target.hasSuffix("/") ? "/" : ""
            let written = relativePath(to: target, from: outputFolder, workingDirectory: inputs?.workingDirectory) + slash
            paths[reference.stack, default: [:]][reference.resource, default: [:]][reference.value] = written
            var hash: String?
            if let inputs, let fileSystem = inputs.fileSystem {
                let onDisk = target.hasPrefix("/") ? target : AssetPath.joined(inputs.workingDirectory, target)
                hash = ContentHash.of(onDisk, in: fileSystem)
                if hash == nil {
                    diagnostics.emit(
                        Diagnostic(
                            .missingAsset, severity: inputs.missingSeverity(of: reference.stack),
                            message: "local artifact '\(reference.value)' of '\(reference.resource)' does not exist (looked for '\(target)\(slash)')",
                            path: reference.path, location: reference.location,
                            hint: "create it, or point the app's source root at the folder that holds it: App(…, sourceRoot: \"…\")"))
                }
            }
            assets.append(Plan.Asset(stack: reference.stack, resource: reference.resource, property: reference.property.property, path: written, hash: hash))
        }
        // By name, not by the order stacks were added: the plan never depends on it.
        plan.assets = assets.sorted { ($0.stack, $0.resource, $0.property, $0.path) < ($1.stack, $1.resource, $1.property, $1.path) }
        plan = packagingCommands(plan, outputFolder: outputFolder)
        let files = emitted.files.map { file -> EmittedFile in
            if file.path == "plan.json" { return EmittedFile(path: file.path, contents: CanonicalJSON.string(plan.json)) }
            guard let stack = resolved.stacks.first(where: { "\($0.name).template.json" == file.path }), let rewrites = paths[stack.name] else {
                return file
            }
            return EmittedFile(path: file.path, contents: CanonicalJSON.string(AssetRewriter.rewrite(TemplateEmitter.template(for: stack), paths: rewrites)))
        }
        return Emitter.Output(files: files, plan: plan)
    }

    /// A stack with local artifacts deploys what `aws cloudformation package` made of its
    /// template: the plan's command says so, for whoever runs it by hand.
    static func packagingCommands(_ plan: Plan, outputFolder: String) -> Plan {
        let packaged = Set(plan.assets.map(\.stack))
        guard !packaged.isEmpty else { return plan }
        let steps = plan.steps.map { step -> Plan.Step in
            guard packaged.contains(step.name), let template = step.template, let region = step.region else { return step }
            let prefix = outputFolder.isEmpty ? "" : "\(outputFolder)/"
            let source = PlanBuilder.shellQuoted(prefix + template)
            let target = PlanBuilder.shellQuoted("\(prefix).stackgen/packaged/\(template)")
            let package = "aws cloudformation package --template-file \(source) --s3-bucket \"$STACKGEN_ARTIFACT_BUCKET\" --s3-prefix \(plan.app)"
                + " --output-template-file \(target) --use-json --region \(region)"
            let deploy = step.command.replacing("--template-file \(source)", with: "--template-file \(target)")
            return Plan.Step(
                name: step.name, kind: step.kind, region: step.region, account: step.account, wave: step.wave, template: step.template,
                dependsOn: step.dependsOn, capabilities: step.capabilities, parameters: step.parameters, command: "\(package) && \(deploy)")
        }
        var result = Plan(app: plan.app, steps: steps, waves: plan.waves, criticalPath: plan.criticalPath, assets: plan.assets)
        result.sourceRoot = plan.sourceRoot
        return result
    }

    /// From the output folder to the asset; both sides are taken from the working folder
    /// when either is absolute, so the output never holds an absolute path it can avoid.
    static func relativePath(to target: String, from outputFolder: String, workingDirectory: String?) -> String {
        let folder = outputFolder.isEmpty ? "." : outputFolder
        if folder.hasPrefix("/") == target.hasPrefix("/"), let path = AssetPath.relative(from: folder, to: target) { return path }
        guard let workingDirectory else { return target }
        let absoluteFolder = AssetPath.joined(workingDirectory, folder)
        let absoluteTarget = AssetPath.joined(workingDirectory, target)
        return AssetPath.relative(from: absoluteFolder, to: absoluteTarget) ?? absoluteTarget
    }
}
