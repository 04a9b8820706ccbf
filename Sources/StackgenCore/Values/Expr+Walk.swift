extension Expr {
    /// Calls `visit` on this node and every node below it, parents before children.
    public func forEachNode(_ visit: (Expr) -> Void) {
        visit(self)
        switch self {
        case .list(let items), .concat(let items):
            for item in items { item.forEachNode(visit) }
        case .map(let fields):
            for key in fields.keys.sorted() { fields[key]!.forEachNode(visit) }
        case .sub(_, let variables):
            for key in variables.keys.sorted() { variables[key]!.forEachNode(visit) }
        case .if(_, let then, let otherwise):
            then.forEachNode(visit)
            otherwise.forEachNode(visit)
        case .function(_, let argument):
            argument.forEachNode(visit)
        case .string, .integer, .number, .boolean, .null, .ref, .getAtt, .pseudo, .output,
            .importValue, .conditionRef:
            break
        }
    }

    /// Rebuilds the tree bottom-up, letting `transform` replace any node after its
    /// children were rebuilt. Returning `nil` keeps the node.
    public func rewritten(_ transform: (Expr) -> Expr?) -> Expr {
        let rebuilt: Expr
        switch self {
        case .list(let items): rebuilt = .list(items.map { $0.rewritten(transform) })
        case .concat(let items): rebuilt = .concat(items.map { $0.rewritten(transform) })
        case .map(let fields): rebuilt = .map(fields.mapValues { $0.rewritten(transform) })
        case .sub(let text, let variables):
            rebuilt = .sub(text, variables: variables.mapValues { $0.rewritten(transform) })
        case .if(let condition, let then, let otherwise):
            rebuilt = .if(
                condition: condition, then: then.rewritten(transform),
                else: otherwise.rewritten(transform))
        case .function(let name, let argument):
            rebuilt = .function(name, argument.rewritten(transform))
        case .string, .integer, .number, .boolean, .null, .ref, .getAtt, .pseudo, .output,
            .importValue, .conditionRef:
            rebuilt = self
        }
        return transform(rebuilt) ?? rebuilt
    }
}
