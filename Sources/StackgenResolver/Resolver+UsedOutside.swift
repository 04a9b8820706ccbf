import StackgenCore

extension Resolver {
    /// The outputs whose export something outside the app imports, by stack and output key:
    /// built once, so checking every unused export stays linear in the app's size.
    struct UsedOutside {
        private let keys: Set<String>

        init(_ model: AppModel) {
            keys = Set(model.stacks.flatMap { stack in
                stack.outputs.filter { $0.usedOutside != nil }.map { Self.key(stack.name, $0.key) }
            })
        }

        func contains(_ entry: ExportTable.Entry) -> Bool { keys.contains(Self.key(entry.stack, entry.outputKey)) }

        private static func key(_ stack: String, _ output: String) -> String { stack + "\u{0}" + output }
    }
}
