import StackgenResolver

/// Renders templates on every core: each stack's template depends only on that stack,
/// so large apps (hundreds of stacks) render in parallel; small ones stay on one thread,
/// where starting workers would cost more than it saves.
enum ParallelRender {
    static let parallelThreshold = 2_000

    static func templates(for stacks: [ResolvedStack], parallelAbove threshold: Int = parallelThreshold) -> [String] {
        let resources = stacks.reduce(0) { $0 + $1.resources.count }
        guard stacks.count > 1, resources >= threshold else {
            return stacks.map { CanonicalJSON.string(TemplateEmitter.template(for: $0)) }
        }
        return ParallelMap.map(stacks) { CanonicalJSON.string(TemplateEmitter.template(for: $0)) }
    }
}
