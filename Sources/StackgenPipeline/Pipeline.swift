import StackgenCore
import StackgenEmit
import StackgenResolver
import StackgenVerify

/// The whole pipeline in memory: lower → resolve → emit (with the local assets resolved) →
/// verify. Stops after the first stage that recorded an error; every stage reports all of
/// its own problems. Only the CLI writes.
public enum Pipeline {
    public struct Result: Sendable {
        public let diagnostics: Diagnostics
        public let resolved: ResolvedApp?
        public let plan: Plan?
        /// Templates and `plan.json`; empty when any stage failed.
        public let files: [EmittedFile]
        /// What the verifier found wrong in the emitted files: stackgen bugs (exit 70);
        /// `files` is empty when there are any.
        public var internalErrors: [VerificationFinding] = []

        public var succeeded: Bool { !diagnostics.hasErrors && internalErrors.isEmpty }
    }

    /// Lower and resolve only: what `check` needs of hand-written templates, which it neither
    /// writes nor deploys from stackgen's rendering (their own files are what deploys).
    public static func resolve(_ app: App) -> (diagnostics: Diagnostics, model: AppModel?, resolved: ResolvedApp?) {
        var diagnostics = Diagnostics()
        PropertyNameCheck.check(app, into: &diagnostics)
        guard let model = Lowering.lower(app, into: &diagnostics) else { return (diagnostics, nil, nil) }
        let resolved = Resolver.resolve(model, into: &diagnostics)
        return (diagnostics, model, resolved)
    }

    /// - Parameters:
    ///   - assets: where local code paths start and how to read them (nil: paths are
    ///     resolved, nothing is read); see `AssetStage`.
    ///   - resolvingAssets: off for apps read from hand-written templates, whose local paths
    ///     are relative to each template's own folder, as the AWS CLI's `package` reads them,
    ///     and stay as written (`import` keeps it on: its report shows what the written app's
    ///     `synth` does with them).
    public static func compile(
        _ app: App, outputFolder: String = "", assets: AssetInputs? = nil, resolvingAssets: Bool = true
    ) -> Result {
        var (diagnostics, model, resolved) = resolve(app)
        guard let model, let resolved else {
            return Result(diagnostics: diagnostics, resolved: nil, plan: nil, files: [])
        }
        var emitted = Emitter.emit(resolved, outputFolder: outputFolder, into: &diagnostics)
        if resolvingAssets {
            emitted = AssetStage.apply(
                to: emitted, of: resolved, app: app, outputFolder: outputFolder, inputs: assets, into: &diagnostics)
        }
        guard !diagnostics.hasErrors else {
            return Result(diagnostics: diagnostics, resolved: resolved, plan: nil, files: [])
        }
        let findings = Verifier.verify(emitted.files.map { ($0.path, $0.contents) }, declarations: .init(model))
        guard findings.isEmpty else {
            return Result(diagnostics: diagnostics, resolved: resolved, plan: nil, files: [], internalErrors: findings)
        }
        return Result(diagnostics: diagnostics, resolved: resolved, plan: emitted.plan, files: emitted.files)
    }
}
