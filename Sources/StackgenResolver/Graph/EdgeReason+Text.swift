import StackgenCore

// The words for every edge reason, in one place: plan.json, plan text, graphs and the
// cycle diagnostic all print this.
extension EdgeReason: CustomStringConvertible, Comparable {
    public var description: String {
        switch self {
        case .importedValue(let value), .crossRegionParameter(let value, _), .stackOutput(let value):
            value.description
        case .handWrittenImport(let export): "export '\(export)'"
        case .scriptRunsAfter(let script, let step): "script '\(script)' runs after '\(step)'"
        case .waitsForScript(let stack, let script): "'\(stack)' waits for script '\(script)'"
        case .recorded(let text): text
        }
    }

    /// By text, so a list of reasons prints in the same order every time.
    public static func < (a: EdgeReason, b: EdgeReason) -> Bool { a.description < b.description }
}

extension StackValue: CustomStringConvertible {
    /// `stack.Logical`, `stack.Logical.Attribute` or `stack.Outputs.Key`.
    public var description: String {
        switch self {
        case .reference(let address): "\(address.stack).\(address.logicalID)"
        case .attribute(let address, let name): "\(address.stack).\(address.logicalID).\(name)"
        case .output(let address): address.description
        }
    }
}
