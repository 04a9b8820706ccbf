import StackgenCore
import StackgenResolver

/// Stage 3: every template plus `plan.json`, and the plan itself. Reports templates over
/// CloudFormation's size limits, which only the emitted bytes can tell.
public enum Emitter {
    public struct Output: Sendable {
        /// Each stack's template, then `plan.json`.
        public let files: [EmittedFile]
        public let plan: Plan
    }

    /// - Parameter outputFolder: the folder `synth` writes to, as the user gave it, for the
    ///   plan's deploy commands.
    public static func emit(_ resolved: ResolvedApp, outputFolder: String, into diagnostics: inout Diagnostics) -> Output {
        var files: [EmittedFile] = []
        var sizes: [String: Int] = [:]
        let texts = ParallelRender.templates(for: resolved.stacks)
        for (stack, text) in zip(resolved.stacks, texts) {
            sizes[stack.name] = text.utf8.count
            checkSize(of: stack.declaration, bytes: text.utf8.count, into: &diagnostics)
            files.append(EmittedFile(path: "\(stack.name).template.json", contents: text))
        }
        let plan = PlanBuilder.plan(for: resolved, outputFolder: outputFolder, templateSizes: sizes)
        files.append(EmittedFile(path: "plan.json", contents: CanonicalJSON.string(plan.json)))
        return Output(files: files, plan: plan)
    }

    /// SG306 over CloudFormation's 1,000,000 bytes, SG305 over the 51,200 bytes of an inline
    /// template; for a hand-written template, `bytes` is its file's.
    public static func checkSize(of stack: Stack, bytes: Int, into diagnostics: inout Diagnostics) {
        if bytes > 1_000_000 {
            diagnostics.emit(
                Diagnostic(
                    .templateTooLarge, message: "template of '\(stack.name)' is \(bytes) bytes; CloudFormation accepts at most 1,000,000",
                    path: stack.path, location: stack.location, hint: "split the stack; stackgen wires the references between the parts"))
        } else if bytes > PlanBuilder.inlineTemplateLimit {
            diagnostics.emit(
                Diagnostic(
                    .templateTooLargeInline,
                    message: "template of '\(stack.name)' is \(bytes) bytes, over the 51,200 bytes allowed inline",
                    path: stack.path, location: stack.location,
                    hint: "the plan's deploy command uploads it through S3: set STACKGEN_ARTIFACT_BUCKET"))
        }
    }
}
