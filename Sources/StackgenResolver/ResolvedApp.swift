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

/// A stack ready to emit: the stack as declared, and beside it what resolution made of it.
/// Only local references, `Fn::ImportValue` and `Fn::GetStackOutput` remain.
public struct ResolvedStack: Sendable {
    /// As the app declared it, region and account settled by lowering.
    public let declaration: Stack
    public let placement: Placement
    public let resolution: StackResolution

    public var name: String { declaration.name }
    public var region: String { placement.region }
    public var account: String? { placement.account }

    // The template's sections: what resolution rewrote or added, else the declaration's.
    public var resources: [ResourceDeclaration] { resolution.resources }
    /// Declared parameters, then the ones stackgen added for values from other regions.
    public var parameters: [ParameterDeclaration] { declaration.parameters + resolution.addedParameters }
    /// Declared outputs (with their decided export names), then the ones stackgen added.
    public var outputs: [OutputDeclaration] { resolution.outputs + resolution.addedOutputs }
    public var conditions: [ConditionDeclaration] { resolution.conditions }
    public var globals: [String: Expr] { resolution.globals }
    public var metadata: [String: Expr] { resolution.metadata }
    public var rules: [String: Expr] { resolution.rules }
    public var bindings: [ParameterBinding] { resolution.bindings }
    public var transforms: [String] { resolution.transforms }
}

/// What the resolver adds to one declared stack.
public struct StackResolution: Sendable {
    /// Resources, outputs, conditions and SAM `Globals` with every use of another stack's
    /// value rewritten as decided (an import, a parameter, `Fn::GetStackOutput`); declared
    /// outputs carry the export name another stack imports them by.
    public let resources: [ResourceDeclaration]
    public let outputs: [OutputDeclaration]
    public let conditions: [ConditionDeclaration]
    public let globals: [String: Expr]
    /// The template's `Metadata` and `Rules` sections, linked like the rest.
    public let metadata: [String: Expr]
    public let rules: [String: Expr]
    /// Outputs added to carry values other stacks use, sorted by key.
    public let addedOutputs: [OutputDeclaration]
    /// Parameters added for values from other regions, sorted by name.
    public let addedParameters: [ParameterDeclaration]
    /// Parameters the plan fills at deploy time from another stack's output.
    public let bindings: [ParameterBinding]
    /// The declared transforms plus the ones the template needs (LanguageExtensions, SAM).
    public let transforms: [String]
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
