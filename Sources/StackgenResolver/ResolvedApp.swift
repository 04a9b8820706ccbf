import StackgenCore

/// Stage 2's result: every stack with its cross-stack uses rewritten to imports or
/// parameters, the edges those uses made, and the deploy order.
public struct ResolvedApp: Sendable {
    public let name: String
    public let stacks: [ResolvedStack]
    public let scripts: [ScriptStep]
    public let edges: [StackEdge]
    public let plan: DeploymentOrder

    public func stack(named name: String) -> ResolvedStack? {
        stacks.first { $0.name == name }
    }
}

/// A stack ready to emit: only local references and `Fn::ImportValue` remain.
public struct ResolvedStack: Sendable {
    public let name: String
    public let region: String
    public let account: String?
    public let description: String?
    public let tags: [String: String]
    public let transforms: [String]
    public let globals: [String: Expr]
    public let resources: [ResourceDeclaration]
    public let parameters: [ParameterDeclaration]
    public let outputs: [OutputDeclaration]
    public let conditions: [ConditionDeclaration]
    public let mappings: [MappingDeclaration]
    /// Parameters the plan fills at deploy time from another stack's output.
    public let bindings: [ParameterBinding]
}

/// A parameter whose value comes from another stack's output (a use across regions).
public struct ParameterBinding: Sendable, Hashable {
    public let parameter: String
    public let stack: String
    public let region: String
    public let outputKey: String
}

/// `consumer` must deploy after `producer`; `reasons` say which uses made the edge.
public struct StackEdge: Sendable, Hashable {
    public let producer: String
    public let consumer: String
    /// Sorted by their text, e.g. `ai-bartender-datastore.DSQLCluster.Endpoint`.
    public let reasons: [EdgeReason]
    /// The first call site (by file and line) of a use that made the edge.
    public let location: SourceLocation?

    public init(producer: String, consumer: String, reasons: [EdgeReason], location: SourceLocation? = nil) {
        self.producer = producer
        self.consumer = consumer
        self.reasons = reasons
        self.location = location
    }
}

extension ScriptStep {
    /// The edges a script step adds to the plan: after each step it names in `after`,
    /// before each stack it names in `before`.
    public var orderingEdges: [StackEdge] {
        after.map { StackEdge(producer: $0, consumer: name, reasons: [.scriptRunsAfter(script: name, step: $0)], location: location) }
            + before.map {
                StackEdge(producer: name, consumer: $0, reasons: [.waitsForScript(stack: $0, script: name)], location: location)
            }
    }
}

/// Waves and critical path over stacks and script steps.
public struct DeploymentOrder: Sendable {
    /// Step names per wave; a wave's steps can run in parallel.
    public let waves: [[String]]
    /// The longest chain of steps, first to last.
    public let criticalPath: [String]
}
