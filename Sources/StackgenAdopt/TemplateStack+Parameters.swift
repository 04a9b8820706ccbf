import StackgenCore
import StackgenReader

/// Which parameters a stack uses, before and after conversion.
extension TemplateStack {
    /// Parameters named by `Ref` or `${Name}` anywhere in the converted stack.
    static func parameterUses(in stack: Stack) -> Set<String> {
        var used: Set<String> = []
        let visit: (Expr) -> Void = { node in
            switch node {
            case .ref(let address) where address.kind == .parameter: used.insert(address.logicalID)
            case .sub(let text, _): used.formUnion(substitutionNames(text))
            default: break
            }
        }
        for value in stack.expressions { value.forEachNode(visit) }
        return used
    }

    /// Whether the template names the parameter outside its own declaration (`Ref` or inside
    /// an `Fn::Sub` string).
    static func isReferenced(_ name: String, inTemplate template: TemplateNode) -> Bool {
        (template.mapping ?? []).contains { $0.key != "Parameters" && isReferenced(name, in: $0.value) }
    }

    private static func isReferenced(_ name: String, in node: TemplateNode) -> Bool {
        switch node.value {
        case .sequence(let items): return items.contains { isReferenced(name, in: $0) }
        case .mapping(let entries):
            if entries.count == 1 {
                if entries[0].key == "Ref", entries[0].value.string == name { return true }
                if entries[0].key == "Fn::Sub" {
                    let text = entries[0].value.string ?? entries[0].value.sequence?.first?.string ?? ""
                    if substitutionNames(text).contains(name) { return true }
                }
            }
            return entries.contains { isReferenced(name, in: $0.value) }
        default: return false
        }
    }

    /// `${Name}` variables of an `Fn::Sub` string (`${!Literal}` and `${Res.Attr}` are not parameters).
    static func substitutionNames(_ text: String) -> Set<String> {
        var names: Set<String> = []
        var rest = Substring(text)
        while let open = rest.firstRange(of: "${") {
            guard let close = rest[open.upperBound...].firstIndex(of: "}") else { break }
            let name = rest[open.upperBound..<close]
            if !name.hasPrefix("!") && !name.contains(".") { names.insert(String(name)) }
            rest = rest[rest.index(after: close)...]
        }
        return names
    }
}
