import StackgenEmit

extension PhasedRun {
    /// Before anything runs: the stacks outside the app that import an export of a stack the
    /// rollout deletes, as `destroy` checks before it deletes. A rollout from a baseline
    /// folder needs this: the folder cannot say who imports its exports (a deployed baseline
    /// does, and its plan refuses such a removal). `unreadable` says what could not be checked.
    /// - Parameter app: every stack of the app, old and new (their imports move in the rollout).
    public func foreignImports(app: Set<String>) -> (found: [Destroy.ForeignImport], unreadable: [String]) {
        let deleted = phases.flatMap { phase in
            phase.plan.steps.filter { !phase.completed.contains($0.name) }.compactMap { phase.deletions[$0.name] }
        }
        return Destroy.foreignImports(of: deleted.map { (name: $0.name, region: $0.region) }, own: app, aws: aws)
    }
}
