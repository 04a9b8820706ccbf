/// A generated app as plain data: what the builder turns into DSL calls and what the
/// prediction reads. Nothing here knows how stackgen resolves it.
struct Blueprint: Sendable {
    enum Kind: String, Sendable, CaseIterable {
        case bucket = "Bucket", topic = "Topic", queue = "Queue", table = "Table", role = "Role"
        case samFunction = "Handler", lambdaFunction = "Worker"

        /// The typed attributes the catalog gives this kind; nil is `Ref`.
        var attributes: [String?] {
            switch self {
            case .bucket: [nil, "Arn", "DomainName"]
            case .topic: [nil, "TopicArn"]
            case .queue: [nil, "Arn", "QueueUrl"]
            case .table: [nil, "Arn"]
            case .role: [nil, "Arn", "RoleId"]
            case .samFunction, .lambdaFunction: [nil, "Arn"]
            }
        }
    }

    /// One value of one resource: `Ref` (attribute nil) or `Fn::GetAtt`.
    struct ValueRef: Sendable, Hashable {
        let stack: Int
        let resource: Int
        let attribute: String?
    }

    /// Where a resource, output or condition takes a value from.
    enum Input: Sendable, Hashable {
        /// A typed value of a resource of this or another stack.
        case typed(ValueRef)
        /// `Fn.importValue(name)` written by hand.
        case handImport(String)
        /// A declared external export's value.
        case external(String)
        /// `Fn.if` on the stack's condition `index`, between two literals.
        case conditional(Int)
    }

    struct Resource: Sendable {
        let id: String
        let kind: Kind
        var inputs: [Input] = []
        /// Resources of the same stack this one lists in `DependsOn`.
        var dependsOn: [Int] = []
    }

    struct Output: Sendable {
        let key: String
        let value: Input
        let exportName: String?
    }

    /// `Fn.equals(value, "on")`; the value is a typed use or the stack's own parameter.
    struct Condition: Sendable {
        let name: String
        /// nil: a parameter of the stack, `Flag<index>`, with a default.
        let value: ValueRef?
    }

    struct Stack: Sendable {
        let name: String
        let region: String
        let account: String?
        var resources: [Resource] = []
        var globals: [Input] = []
        var outputs: [Output] = []
        var conditions: [Condition] = []
    }

    struct Script: Sendable {
        let name: String
        let after: [Int]
        let before: [Int]
    }

    let seed: UInt64
    let name: String
    let region: String
    var stacks: [Stack] = []
    var scripts: [Script] = []
    var externalExports: [String] = []

    func resource(_ value: ValueRef) -> Resource { stacks[value.stack].resources[value.resource] }

    /// Same account and region: values travel as export and import.
    func samePlace(_ a: Int, _ b: Int) -> Bool {
        stacks[a].region == stacks[b].region && stacks[a].account == stacks[b].account
    }
}
