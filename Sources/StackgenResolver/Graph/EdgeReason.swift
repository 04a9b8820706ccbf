import StackgenCore

/// Why one plan step waits for another, as a value: the plan, the cycle diagnostic and the
/// graph renderers read the case; `EdgeReason+Text.swift` is the one place that words it.
public enum EdgeReason: Sendable, Hashable {
    /// A typed use of the producer's value, delivered as `Fn::ImportValue` of an export
    /// (same account and region).
    case importedValue(StackValue)
    /// A typed use across regions or accounts, delivered as a deploy-time parameter that the
    /// plan fills from the producer's output.
    case crossRegionParameter(StackValue, parameter: String)
    /// A typed use across regions or accounts, delivered as `Fn::GetStackOutput`.
    case stackOutput(StackValue)
    /// `Fn::ImportValue` of an export named by hand.
    case handWrittenImport(export: String)
    /// A script step that runs after a stack or another script (`ScriptStep.after`).
    case scriptRunsAfter(script: String, step: String)
    /// A stack that waits for a script step (`ScriptStep.before`).
    case waitsForScript(stack: String, script: String)
    /// A reason known only by its text: read back from a `plan.json`, or added by a
    /// rollout phase (an importer that moves before its producer).
    case recorded(String)

    /// True for the reasons that only order steps and carry no value.
    public var isOrderingOnly: Bool {
        switch self {
        case .scriptRunsAfter, .waitsForScript: true
        case .importedValue, .crossRegionParameter, .stackOutput, .handWrittenImport, .recorded: false
        }
    }
}

/// A value of one stack that another stack uses: what a typed cross-stack use names.
public enum StackValue: Sendable, Hashable {
    /// `Ref` of a resource or parameter.
    case reference(Address)
    /// `Fn::GetAtt` of a resource attribute.
    case attribute(Address, name: String)
    /// A declared output, used through its handle.
    case output(OutputAddress)

    public var producer: String {
        switch self {
        case .reference(let address), .attribute(let address, _): address.stack
        case .output(let address): address.stack
        }
    }

    /// The expression that reads the value inside its own stack, for the outputs stackgen
    /// adds; nil for a declared output, which already has one.
    var localExpression: Expr? {
        switch self {
        case .reference(let address): .ref(address)
        case .attribute(let address, let name): .getAtt(address, attribute: name)
        case .output: nil
        }
    }

    /// The key of the output stackgen adds to carry the value, before collisions are settled:
    /// readable and stable (`OrdersTable`, `OrdersTableArn`).
    var suggestedOutputKey: String {
        switch self {
        case .reference(let address): address.logicalID
        case .attribute(let address, let name): address.logicalID + name.alphanumericOnly
        case .output(let address): address.key
        }
    }
}
