import StackgenJSON

/// Stage 4: checks the emitted files on their own, reading only their JSON text, the plan
/// and what the app declares. It shares nothing with the resolver, so it catches the
/// resolver's bugs; any finding is a stackgen bug (exit 70), never the user's.
public enum Verifier {
    /// What the app's author declared, beside the emitted files.
    public struct Declarations: Sendable {
        /// Exports made outside the app, importable from anywhere.
        public var externalExports: Set<String>
        /// Parameters the author declared, by stack name: only these may be left for the
        /// deployer to pass.
        public var parameters: [String: Set<String>]
        /// The `.overriding(_:with:)` calls of each stack's resources, by stack name.
        public var overrides: [String: [DeclaredOverride]]

        public init(
            externalExports: Set<String>, parameters: [String: Set<String>], overrides: [String: [DeclaredOverride]] = [:]
        ) {
            self.externalExports = externalExports
            self.parameters = parameters
            self.overrides = overrides
        }
    }

    /// Every finding over the templates (`*.template.json`) and `plan.json` among `files`
    /// (path relative to the output folder, text), sorted by file and path.
    ///
    /// Templates are read one at a time and only what the app-wide checks need is kept, so
    /// memory stays at one parsed template (synth runs this on every app).
    public static func verify(_ files: [(path: String, text: String)], declarations: Declarations) -> [VerificationFinding] {
        var findings: [VerificationFinding] = []
        guard let planFile = files.first(where: { $0.path == DeploymentPlan.file }) else {
            return [VerificationFinding(file: DeploymentPlan.file, path: "", name: DeploymentPlan.file, message: "plan.json was not emitted")]
        }
        guard let planNode = parse(planFile, into: &findings) else { return findings }
        let plan = DeploymentPlan(planNode)
        findings += plan.findings
        let steps = Dictionary(plan.stacks.map { ($0.template, $0) }, uniquingKeysWith: { first, _ in first })

        var exports = EmittedExports()
        var outputs: [String: Set<String>] = [:]
        var read: [ReadTemplate] = []
        var emitted: Set<String> = []
        for file in files where file.path.hasSuffix(".template.json") {
            emitted.insert(file.path)
            guard let json = parse(file, into: &findings) else { continue }
            let declared = TemplateDeclarations(json)
            var references = ReferenceCheck(file: file.path, declarations: declared)
            references.walk(json)
            findings += references.findings
            findings += AttributeCheck.findings(for: references.uses, file: file.path)
            guard let stack = steps[file.path] else {
                findings.append(VerificationFinding(file: file.path, path: "", name: file.path, message: "no step of plan.json deploys this template"))
                continue
            }
            findings += OverrideCheck.findings(for: declarations.overrides[stack.name] ?? [], in: json, file: file.path)
            exports.add(outputsOf: json, stack: stack, file: file.path)
            outputs[stack.name] = Set((json["Outputs"]?.members ?? []).map(\.key))
            read.append(ReadTemplate(file: file.path, stack: stack, declarations: declared, uses: references.uses))
        }
        for stack in plan.stacks where !emitted.contains(stack.template) {
            findings.append(
                VerificationFinding(
                    file: DeploymentPlan.file, path: "\(stack.path)/template", name: stack.template,
                    message: "step '\(stack.name)' deploys '\(stack.template)', which was not emitted"))
        }

        findings += exports.findings
        let imports = ImportCheck(exports: exports, externalExports: declarations.externalExports)
        let parameters = ParameterCheck(plan: plan, outputs: outputs, declaredParameters: declarations.parameters)
        for template in read {
            findings += imports.findings(for: template.uses, of: template.stack, file: template.file)
            findings += parameters.findings(for: template.declarations, of: template.stack, file: template.file)
        }
        return findings.sorted()
    }

    /// What the app-wide checks need of one template once its tree is gone.
    private struct ReadTemplate {
        let file: String
        let stack: DeploymentPlan.Stack
        let declarations: TemplateDeclarations
        let uses: TemplateUses
    }

    private static func parse(_ file: (path: String, text: String), into findings: inout [VerificationFinding]) -> JSONNode? {
        do {
            return try JSONNode.parse(Array(file.text.utf8))
        } catch {
            findings.append(VerificationFinding(file: file.path, path: "", name: file.path, message: "is not valid JSON: \(error)"))
            return nil
        }
    }
}
