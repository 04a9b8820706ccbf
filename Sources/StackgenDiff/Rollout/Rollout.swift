import StackgenCore
import StackgenEmit

/// How to get from a baseline to the new version without CloudFormation refusing an
/// update: the hazards found, and phases to run one after the other. Each phase is an
/// ordinary plan (waves) with its own templates.
public struct Rollout: Sendable {
    public let app: String
    public let baseline: String
    public let hazards: [Hazard]
    /// Empty when a hazard is refused: there is no safe order to print.
    public let phases: [Phase]

    public var diagnostics: [Diagnostic] { hazards.map(\.diagnostic).sorted() }
    public var isBlocked: Bool { hazards.contains(where: \.isRefused) }

    /// Nothing to plan around: no hazard, and one phase with the plan's own steps and order
    /// (no stack deleted, no export moved), so deploying it is deploying `plan`.
    public func isPlain(comparedTo plan: Plan) -> Bool {
        guard hazards.isEmpty, phases.count == 1, let only = phases.first else { return false }
        func graph(_ plan: Plan) -> [String: Set<String>] {
            Dictionary(plan.steps.map { ($0.name, Set($0.dependsOn.map(\.name))) }, uniquingKeysWith: { first, _ in first })
        }
        return graph(only.plan) == graph(plan)
    }
}

public struct Phase: Sendable {
    public enum Kind: String, Sendable {
        /// Importers take values that are about to change as parameters.
        case prepare
        /// The new version, with old exports kept where importers still need them, and the
        /// removed stacks deleted after their importers moved.
        case update
        /// Producers drop the exports they kept.
        case contract
    }

    public let number: Int
    public let kind: Kind
    public let plan: Plan
    /// The folder, relative to the output folder, that holds the phase's `plan.json` and
    /// templates (`rollout/phase-2-update`).
    public let folder: String
    /// The phase's templates and `plan.json`, relative to `folder`.
    public let files: [EmittedFile]

    public var purpose: String { kind.purpose }
}

extension Phase.Kind {
    /// What a phase of this kind does, in one line.
    public var purpose: String {
        switch self {
        case .prepare: "importers stop importing values that change: each takes the current value as a parameter"
        case .update: "the new version; old exports still imported are kept, removed stacks are deleted after their importers"
        case .contract: "producers drop the exports they kept"
        }
    }
}
