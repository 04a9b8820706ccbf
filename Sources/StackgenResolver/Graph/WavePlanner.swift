/// Orders an acyclic graph into waves: a step's wave is one more than the highest wave of
/// the steps it waits for, so each wave can deploy in parallel.
enum WavePlanner {
    static func order(_ graph: StackGraph) -> DeploymentOrder {
        var wave: [String: Int] = [:]
        // Longest-path layering; nodes are visited in canonical order and memoised, so
        // the result depends neither on hash order nor on declaration order.
        func waveOf(_ node: String) -> Int {
            if let known = wave[node] { return known }
            let value = 1 + ((graph.predecessors[node] ?? []).map(waveOf).max() ?? 0)
            wave[node] = value
            return value
        }
        for node in graph.nodes { _ = waveOf(node) }
        let count = wave.values.max() ?? 0
        var waves = [[String]](repeating: [], count: count)
        for node in graph.nodes { waves[wave[node]! - 1].append(node) }
        return DeploymentOrder(waves: waves, criticalPath: criticalPath(graph, wave: wave))
    }

    /// The chain that sets the number of waves: from the first step (in canonical order) of
    /// the last wave, walk back through the first predecessor one wave earlier.
    private static func criticalPath(_ graph: StackGraph, wave: [String: Int]) -> [String] {
        guard let deepest = wave.values.max(), var node = graph.nodes.first(where: { wave[$0] == deepest }) else {
            return []
        }
        var path = [node]
        while let before = (graph.predecessors[node] ?? []).first(where: { wave[$0] == wave[node]! - 1 }) {
            path.insert(before, at: 0)
            node = before
        }
        return path
    }
}
