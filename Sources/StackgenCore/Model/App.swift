/// A whole system: its stacks, the script steps between them, and the exports it uses
/// from outside. What the CLI synthesizes, plans and validates.
public struct App: Sendable {
    public let name: String
    public var description: String?
    /// Region for stacks that do not set their own (set it with a `Region`).
    public internal(set) var region: String
    public var account: String?
    public var environments: [Environment]
    /// Where the app's code lives (`CodeUri: "src/orders/"` is taken relative to it), relative
    /// to the working folder the CLI runs in; nil means the working folder itself.
    public var sourceRoot: String?
    public private(set) var stacks: [Stack] = []
    public private(set) var scripts: [ScriptStep] = []
    public private(set) var externalExports: [String: SourceLocation] = [:]
    public let location: SourceLocation

    /// An app whose stacks deploy to `region` unless they say otherwise.
    public init(
        _ name: String, description: String? = nil, region: Region, account: String? = nil,
        environments: [Environment] = [], sourceRoot: String? = nil, file: String = #fileID, line: Int = #line
    ) {
        self.name = name
        self.description = description
        self.region = region.name
        self.account = account
        self.environments = environments
        self.sourceRoot = sourceRoot
        self.location = SourceLocation(file: file, line: line)
    }

    public mutating func add(_ stack: Stack) {
        stacks.append(stack)
    }

    public mutating func add(_ newStacks: [Stack]) {
        stacks.append(contentsOf: newStacks)
    }

    /// A command to run once the stacks it waits for are deployed (a schema migration,
    /// a key upload). It becomes a plan node; stacks can wait for it in turn.
    public mutating func add(_ script: ScriptStep) {
        scripts.append(script)
    }

    /// Declares an export made outside the app, so importing it is not a typo.
    public mutating func externalExport(_ name: String, file: String = #fileID, line: Int = #line)
        -> ExternalExport
    {
        externalExports[name] = SourceLocation(file: file, line: line)
        return ExternalExport(name: name)
    }
}

/// A named deployment environment (dev, staging, prod); stack factories take one and
/// return that environment's stacks.
public struct Environment: Sendable, Hashable {
    public let name: String
    public let region: Region?
    public var account: String?

    public init(_ name: String, region: Region? = nil, account: String? = nil) {
        self.name = name
        self.region = region
        self.account = account
    }
}

/// A plan step that runs a command instead of deploying a stack.
public struct ScriptStep: Sendable, Hashable {
    public let name: String
    public let command: String
    public let description: String?
    /// Stacks or scripts (by name) that must be done first.
    public let after: [String]
    /// Stacks (by name) that must wait for this script.
    public let before: [String]
    public let location: SourceLocation

    public init(
        _ name: String, command: String, description: String? = nil, after: [String],
        before: [String] = [], file: String = #fileID, line: Int = #line
    ) {
        self.name = name
        self.command = command
        self.description = description
        self.after = after
        self.before = before
        self.location = SourceLocation(file: file, line: line)
    }
}
