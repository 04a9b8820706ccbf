import StackgenCore

/// The deploy-order graph over stacks and script steps, and its cycles.
struct StackGraph {
    /// Nodes in canonical order: stacks sorted by name, then scripts sorted by name. Never
    /// the order they were declared in, so waves and cycles read the same however an app
    /// adds its stacks.
    let nodes: [String]
    /// Producer → consumers, each list in node order.
    private(set) var successors: [String: [String]] = [:]
    private(set) var predecessors: [String: [String]] = [:]

    init(stacks: [String], scripts: [String], edges: [StackEdge]) {
        nodes = stacks.sorted() + scripts.sorted()
        let order = Dictionary(nodes.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        // A set keeps the de-duplication linear: a base stack can have a thousand consumers.
        var seen: Set<[String]> = []
        for edge in edges where order[edge.producer] != nil && order[edge.consumer] != nil {
            guard seen.insert([edge.producer, edge.consumer]).inserted else { continue }
            successors[edge.producer, default: []].append(edge.consumer)
            predecessors[edge.consumer, default: []].append(edge.producer)
        }
        for key in successors.keys { successors[key]!.sort { order[$0]! < order[$1]! } }
        for key in predecessors.keys { predecessors[key]!.sort { order[$0]! < order[$1]! } }
    }

    /// Each cycle once, as the node list starting at its first node in canonical order.
    func cycles() -> [[String]] {
        // Tarjan's strongly connected components; each component of more than one node
        // (or a self-loop) holds a cycle, which a walk inside the component recovers.
        var index = 0
        var indices: [String: Int] = [:]
        var lowLinks: [String: Int] = [:]
        var stack: [String] = []
        var onStack: Set<String> = []
        var components: [[String]] = []

        func connect(_ node: String) {
            indices[node] = index
            lowLinks[node] = index
            index += 1
            stack.append(node)
            onStack.insert(node)
            for next in successors[node] ?? [] {
                if indices[next] == nil {
                    connect(next)
                    lowLinks[node] = min(lowLinks[node]!, lowLinks[next]!)
                } else if onStack.contains(next) {
                    lowLinks[node] = min(lowLinks[node]!, indices[next]!)
                }
            }
            if lowLinks[node] == indices[node] {
                var component: [String] = []
                while let top = stack.popLast() {
                    onStack.remove(top)
                    component.append(top)
                    if top == node { break }
                }
                components.append(component)
            }
        }
        for node in nodes where indices[node] == nil { connect(node) }

        let order = Dictionary(uniqueKeysWithValues: nodes.enumerated().map { ($1, $0) })
        return components.compactMap { component -> [String]? in
            let members = Set(component)
            let start = component.min { order[$0]! < order[$1]! }!
            guard component.count > 1 || (successors[start] ?? []).contains(start) else { return nil }
            return path(from: start, backTo: start, within: members)
        }.sorted { order[$0[0]]! < order[$1[0]]! }
    }

    /// A shortest walk from `start` back to it inside one component (breadth first, so
    /// the printed cycle is as short as the graph allows).
    private func path(from start: String, backTo target: String, within members: Set<String>) -> [String] {
        var previous: [String: String] = [:]
        var queue = [start]
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            for next in successors[node] ?? [] where members.contains(next) {
                if next == target {
                    var walk = [node]
                    while let before = previous[walk[0]] { walk.insert(before, at: 0) }
                    return walk
                }
                if previous[next] == nil && next != start {
                    previous[next] = node
                    queue.append(next)
                }
            }
        }
        return [start]
    }
}
