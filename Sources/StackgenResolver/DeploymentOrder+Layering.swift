extension DeploymentOrder {
    /// Waves over any step graph (rollout phases build their own): the same layering and
    /// canonical order as the app's plan. Nil when the edges make a cycle; edges naming a
    /// step that is not in `stacks` or `scripts` are ignored.
    public static func layering(stacks: [String], scripts: [String], edges: [(before: String, after: String)]) -> DeploymentOrder? {
        let graph = StackGraph(
            stacks: stacks, scripts: scripts, edges: edges.map { StackEdge(producer: $0.before, consumer: $0.after, reasons: []) })
        guard graph.cycles().isEmpty else { return nil }
        return WavePlanner.order(graph)
    }
}
