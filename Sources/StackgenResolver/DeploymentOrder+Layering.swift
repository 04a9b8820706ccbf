extension DeploymentOrder {
    /// Waves over any step graph (rollout phases build their own): the same longest-path
    /// layering as the app's plan. Nil when the edges make a cycle.
    /// - Parameter edges: (before, after) pairs over `nodes`, which are in declaration order.
    public static func layering(nodes: [String], edges: [(before: String, after: String)]) -> DeploymentOrder? {
        let known = Set(nodes)
        let inside = edges.filter { known.contains($0.before) && known.contains($0.after) }
        let graph = StackGraph(nodes: nodes, edges: inside.map { ($0.before, $0.after) })
        guard graph.cycles().isEmpty else { return nil }
        return WavePlanner.order(graph)
    }
}
