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
}
