import StackgenCore
import StackgenResolver

/// The whole pipeline in memory: lower → resolve → emit. Stops after the first stage that
/// recorded an error; every stage reports all of its own problems.
public enum Compiler {
    public struct Result: Sendable {
        public let diagnostics: Diagnostics
        public let resolved: ResolvedApp?
        public let plan: Plan?
        /// Templates and `plan.json`; empty when any stage failed.
        public let files: [EmittedFile]

        public var succeeded: Bool { !diagnostics.hasErrors }
    }

    /// - Parameter assets: where local code paths start and how to read them; see `AssetStage`.
    public static func compile(_ app: App, outputFolder: String = "", assets: AssetInputs? = nil) -> Result {
        var diagnostics = Diagnostics()
        guard let model = Lowering.lower(app, into: &diagnostics),
            let resolved = Resolver.resolve(model, into: &diagnostics)
        else {
            return Result(diagnostics: diagnostics, resolved: nil, plan: nil, files: [])
        }
        let (files, plan) = emit(resolved, model: model, outputFolder: outputFolder, into: &diagnostics)
        guard !diagnostics.hasErrors else {
            return Result(diagnostics: diagnostics, resolved: resolved, plan: nil, files: [])
        }
        return AssetStage.apply(
            to: Result(diagnostics: diagnostics, resolved: resolved, plan: plan, files: files), app: app,
            outputFolder: outputFolder, inputs: assets)
    }

    /// Stage 3: every template plus `plan.json`, and the plan itself.
    public static func emit(
        _ resolved: ResolvedApp, model: AppModel, outputFolder: String, into diagnostics: inout Diagnostics
    ) -> (files: [EmittedFile], plan: Plan) {
        var files: [EmittedFile] = []
        var sizes: [String: Int] = [:]
        let texts = ParallelRender.templates(for: resolved.stacks)
        for (stack, text) in zip(resolved.stacks, texts) {
            sizes[stack.name] = text.utf8.count
            checkSize(of: stack, bytes: text.utf8.count, model: model, into: &diagnostics)
            files.append(EmittedFile(path: "\(stack.name).template.json", contents: text))
        }
        let plan = PlanBuilder.plan(for: resolved, outputFolder: outputFolder, templateSizes: sizes)
        files.append(EmittedFile(path: "plan.json", contents: CanonicalJSON.string(plan.json)))
        return (files, plan)
    }

    private static func checkSize(of stack: ResolvedStack, bytes: Int, model: AppModel, into diagnostics: inout Diagnostics) {
        let location = model.stack(named: stack.name)?.location
        if bytes > 1_000_000 {
            diagnostics.emit(
                Diagnostic(
                    .templateTooLarge, message: "template of '\(stack.name)' is \(bytes) bytes; CloudFormation accepts at most 1,000,000",
                    path: .stack(stack.name), location: location, hint: "split the stack; stackgen wires the references between the parts"))
        } else if bytes > PlanBuilder.inlineTemplateLimit {
            diagnostics.emit(
                Diagnostic(
                    .templateTooLargeInline,
                    message: "template of '\(stack.name)' is \(bytes) bytes, over the 51,200 bytes allowed inline",
                    path: .stack(stack.name), location: location,
                    hint: "the plan's deploy command uploads it through S3: set STACKGEN_ARTIFACT_BUCKET"))
        }
    }
}
