import StackgenAdopt
import StackgenCore
import StackgenEmit
import StackgenPipeline
import StackgenResolver

/// `stackgen check`: hand-written CloudFormation/SAM templates through the same checks and
/// plan as a Swift app.
enum CheckCommand: Command {
    static let spec = CommandSpec(
        name: "check", abstract: "Check hand-written CloudFormation/SAM templates as one app: exports, imports, cycles, order.",
        discussion: """
            Reads every template given or found under the folders given. A template's stack name and \
            region come from the samconfig.toml beside it, else from --stack, else from its folder's \
            name and us-east-1. Export and import names are resolved from pseudo parameters, parameter \
            values (samconfig parameter_overrides, --param, defaults), Fn::Sub, Fn::Join and conditions \
            known before deploy; an import whose name stays unknown is reported, never guessed.
            """,
        options: [
            OptionSpec("--stack", value: "name=path[@region]", help: "Stack name (and region) of a template or folder.", repeats: true),
            OptionSpec("--param", value: "stack.param=value", help: "A parameter value known before deploy.", repeats: true),
            OptionSpec("--plan", help: "Print the deploy plan (in --format text, json, mermaid or dot) when there are no errors."),
            OptionSpec("--strict", help: "Treat warnings as errors."),
            OptionSpec(
                "--format", value: "format", help: "text, json, mermaid, dot, github or sarif (default: text).",
                allowedValues: ["text", "json", "mermaid", "dot", "github", "sarif"]),
        ],
        positional: "files or folders")

    static func run(_ options: ParsedOptions, in context: Context) throws(UsageError) -> Int32 {
        let format = options.value("--format") ?? "text"
        let wantsPlan = options.flag("--plan")
        if wantsPlan && ["github", "sarif"].contains(format) {
            throw UsageError(message: "'--plan' prints text, json, mermaid or dot, not \(format)", command: spec)
        }
        if !wantsPlan && ["mermaid", "dot"].contains(format) {
            throw UsageError(message: "'--format \(format)' shows a plan: add '--plan'", command: spec)
        }
        guard !options.positionals.isEmpty || !options.all("--stack").isEmpty else {
            throw UsageError(message: "name the templates or folders to check", command: spec)
        }
        let inputs = try CheckInputs.load(
            paths: options.positionals, stacks: CheckInputs.stackOptions(options.all("--stack"), command: spec),
            parameters: CheckInputs.parameterOptions(options.all("--param"), command: spec),
            workingDirectory: context.workingDirectory, command: spec)
        let converted = TemplateApp.make("check", region: CheckInputs.defaultRegion, templates: inputs.templates)
        // The templates' own files are what deploys, so their sizes are the ones that count;
        // stackgen renders nothing here.
        var (resolution, _, resolved) = Pipeline.resolve(converted.app)
        if resolved != nil {
            let declarations = Dictionary(converted.app.stacks.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
            for input in inputs.templates {
                if let stack = declarations[input.stackName] { Emitter.checkSize(of: stack, bytes: input.size, into: &resolution) }
            }
        }
        let templatePaths = Dictionary(inputs.templates.map { ($0.stackName, $0.path) }, uniquingKeysWith: { first, _ in first })
        let exportNames = converted.app.stacks.flatMap { $0.outputs.compactMap(\.exportName) }.sorted()
        var diagnostics = (inputs.diagnostics + converted.diagnostics + resolution.all)
            .map { CheckHints.rewrite($0, exportNames: exportNames, templates: templatePaths) }.sorted()
        if options.flag("--strict") { diagnostics = diagnostics.map { var strict = $0; strict.severity = .error; return strict } }
        let failed = diagnostics.contains { $0.severity == .error } || inputs.templates.isEmpty
        defer { KeptUntilExit.keep((inputs, converted, resolved)) }
        switch format {
        case "github": context.console.out(DiagnosticFormats.github(diagnostics))
        case "sarif": context.console.out(DiagnosticFormats.sarif(diagnostics))
        case "json" where !wantsPlan:
            context.console.out(CanonicalJSON.string(ValidateCommand.json(app: "check", diagnostics, ok: !failed)))
        default:
            context.printDiagnostics(diagnostics)
            guard wantsPlan else {
                let verdict = failed ? "failed" : "passed"
                context.console.out(
                    "check \(verdict) for \(inputs.templates.count) template\(inputs.templates.count == 1 ? "" : "s"): \(DiagnosticPrinter.summary(diagnostics))\n")
                return failed ? ExitCode.failure : ExitCode.success
            }
            guard !failed, let resolved else {
                context.console.err("plan failed: \(DiagnosticPrinter.summary(diagnostics))\n")
                return ExitCode.failure
            }
            context.console.out(render(plan(of: resolved, templates: inputs.templates), format: format))
        }
        return failed ? ExitCode.failure : ExitCode.success
    }

    /// The plan of hand-written templates deploys the files themselves: each step's template
    /// is the YAML/JSON path as the user named it, and its command passes the values
    /// samconfig.toml and `--param` gave.
    static func plan(of resolved: ResolvedApp, templates: [TemplateInput]) -> Plan {
        var locations: [String: PlanBuilder.TemplateLocation] = [:]
        var given: [String: [String: String]] = [:]
        for input in templates where locations[input.stackName] == nil {
            locations[input.stackName] = PlanBuilder.TemplateLocation(name: input.path, commandPath: input.path, size: input.size)
            given[input.stackName] = input.parameterValues
        }
        return PlanBuilder.plan(for: resolved, templates: locations, givenValues: given)
    }

    private static func render(_ plan: Plan, format: String) -> String {
        switch format {
        case "json": CanonicalJSON.string(plan.json)
        case "mermaid": plan.mermaid
        case "dot": plan.dot
        default: plan.text
        }
    }
}
