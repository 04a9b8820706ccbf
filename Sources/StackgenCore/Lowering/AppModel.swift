/// The checked model: every name valid and unique, every stack's region and account
/// settled. What the resolver consumes.
///
/// Its stacks are the `Stack` values the app declared (one stack model throughout the
/// pipeline): lowering only fills in `region` and `account` from the app's defaults. What
/// the resolver adds lives beside each stack, in its `StackResolution`.
public struct AppModel: Sendable {
    public let name: String
    /// Defaults for stacks that set neither; lowering has already applied them.
    public let region: String
    public let account: String?
    /// In the order the app added them; later stages never depend on that order.
    public let stacks: [Stack]
    public let scripts: [ScriptStep]
    public let externalExports: [String: SourceLocation]

    public func stack(named name: String) -> Stack? {
        stacks.first { $0.name == name }
    }

    /// Where a stack deploys: its own region and account, else the app's.
    public func placement(of stack: Stack) -> Placement {
        Placement(region: stack.region ?? region, account: stack.account ?? account)
    }
}

/// Where a stack deploys. Exports and `Fn::ImportValue` work only within one placement.
public struct Placement: Sendable, Hashable, CustomStringConvertible {
    public let region: String
    public let account: String?

    public init(region: String, account: String?) {
        self.region = region
        self.account = account
    }

    public var description: String { account.map { "\(region) of account \($0)" } ?? region }
}

extension Stack {
    /// The stack's place in diagnostics: `stack <name>`.
    public var path: ModelPath { .stack(name) }
}
