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

        public init(externalExports: Set<String>, parameters: [String: Set<String>]) {
            self.externalExports = externalExports
            self.parameters = parameters
        }
    }

    /// Every finding over the templates (`*.template.json`) and `plan.json` among `files`
    /// (path relative to the output folder, text), sorted by file and path.
    public static func verify(_ files: [(path: String, text: String)], declarations: Declarations) -> [VerificationFinding] {
        var findings: [VerificationFinding] = []
        var templates: [(file: String, json: JSONNode)] = []
        var planNode: JSONNode?
        var unreadable: Set<String> = []
        for file in files {
            guard file.path == DeploymentPlan.file || file.path.hasSuffix(".template.json") else { continue }
            do {
                let node = try JSONNode.parse(Array(file.text.utf8))
                if file.path == DeploymentPlan.file { planNode = node } else { templates.append((file.path, node)) }
            } catch {
                unreadable.insert(file.path)
                findings.append(VerificationFinding(file: file.path, path: "", name: file.path, message: "is not valid JSON: \(error)"))
            }
        }
        guard let planNode else {
            let missing = VerificationFinding(file: DeploymentPlan.file, path: "", name: DeploymentPlan.file, message: "plan.json was not emitted")
            return (findings + [missing]).sorted()
        }
        let plan = DeploymentPlan(planNode)
        findings += plan.findings
        let planned = placed(templates, in: plan, unreadable: unreadable, findings: &findings)

        var exports = EmittedExports()
        var outputs: [String: Set<String>] = [:]
        for (file, json, stack) in planned {
            exports.add(outputsOf: json, stack: stack, file: file)
            outputs[stack.name] = Set((json["Outputs"]?.members ?? []).map(\.key))
        }
        findings += exports.findings
        let imports = ImportCheck(exports: exports, externalExports: declarations.externalExports)
        let parameters = ParameterCheck(plan: plan, outputs: outputs, declaredParameters: declarations.parameters)
        for (file, json, stack) in planned {
            let declared = TemplateDeclarations(json)
            var references = ReferenceCheck(file: file, declarations: declared)
            references.walk(json)
            findings += references.findings
            findings += imports.findings(for: references.uses, of: stack, file: file)
            findings += parameters.findings(for: declared, of: stack, file: file)
        }
        return findings.sorted()
    }

    /// Pairs each template with its plan step; a template without a step, or a step
    /// without a template, is a finding.
    private static func placed(
        _ templates: [(file: String, json: JSONNode)], in plan: DeploymentPlan, unreadable: Set<String>,
        findings: inout [VerificationFinding]
    ) -> [(file: String, json: JSONNode, stack: DeploymentPlan.Stack)] {
        let steps = Dictionary(plan.stacks.map { ($0.template, $0) }, uniquingKeysWith: { first, _ in first })
        let files = Set(templates.map(\.file)).union(unreadable)
        for stack in plan.stacks where !files.contains(stack.template) {
            findings.append(
                VerificationFinding(
                    file: DeploymentPlan.file, path: "\(stack.path)/template", name: stack.template,
                    message: "step '\(stack.name)' deploys '\(stack.template)', which was not emitted"))
        }
        return templates.compactMap { template in
            guard let stack = steps[template.file] else {
                findings.append(
                    VerificationFinding(file: template.file, path: "", name: template.file, message: "no step of plan.json deploys this template"))
                return nil
            }
            return (template.file, template.json, stack)
        }
    }
}
