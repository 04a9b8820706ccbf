import StackgenCore
import StackgenFacts

extension SAMResource {
    /// What SAMFacts reads of a declared resource: its set properties (literal strings kept)
    /// and its `Events` entries with their `Type`.
    public init(_ declaration: ResourceDeclaration) {
        var events: [SAMEvent] = []
        if case .map(let entries)? = declaration.properties["Events"] {
            for (name, entry) in entries.sorted(by: { $0.key < $1.key }) {
                guard case .map(let fields) = entry, case .string(let type)? = fields["Type"] else { continue }
                var properties: [String: Expr] = [:]
                if case .map(let values)? = fields["Properties"] { properties = values }
                events.append(SAMEvent(name: name, type: type, properties: Self.literalStrings(properties)))
            }
        }
        self.init(
            logicalID: declaration.logicalID, type: declaration.type,
            properties: Self.literalStrings(declaration.properties), events: events)
    }

    private static func literalStrings(_ properties: [String: Expr]) -> [String: String?] {
        properties.mapValues { value -> String? in
            if case .string(let text) = value { return text }
            return nil
        }
    }
}
