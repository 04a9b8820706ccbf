import StackgenCore
import StackgenEmit
import StackgenJSON
import StackgenVerify

extension Verifier.DeclaredOverride {
    /// The overrides the author declared on one stack's resources, as the template must hold
    /// them. Paths lowering rejected are left out (they never reached the properties), so is
    /// an override a later one replaced whole, and a later one inside an earlier one's value
    /// is part of what the earlier one must show.
    static func declared(in stack: Stack) -> [Verifier.DeclaredOverride] {
        stack.resources.flatMap { resource in
            let applied = resource.overrides.filter { $0.problem == nil }
            return applied.indices.compactMap { index -> Verifier.DeclaredOverride? in
                var override = applied[index]
                for later in applied[(index + 1)...] {
                    if override.path.starts(with: later.path) { return nil }
                    guard later.path.starts(with: override.path) else { continue }
                    var holder = ["value": override.value]
                    let inner = (["value"] + later.path.dropFirst(override.path.count)).joined(separator: ".")
                    _ = PropertyOverride.apply(inner, value: later.value, to: &holder, location: later.location)
                    override = override.replacingValue(with: holder["value"] ?? override.value)
                }
                return Verifier.DeclaredOverride(override, of: resource, in: stack.name)
            }
        }
    }

    /// The value written by the canonical JSON writer. What the resolver must rewrite (a use
    /// of another stack's value) and what deploy-time packaging rewrites (a local artifact
    /// path) are only checked for presence.
    init?(_ override: PropertyOverride, of resource: ResourceDeclaration, in stack: String) {
        var unchecked: Set<[String]> = []
        let packaged = PackageableProperty.all.contains {
            $0.resourceType == resource.type
                && (override.path.starts(with: $0.components) || $0.components.starts(with: override.path))
        }
        if packaged { unchecked.insert([]) }
        let local = Self.localParts(of: override.value, stack: stack, at: [], unchecked: &unchecked)
        guard let expected = try? JSONNode.parse(Array(CanonicalJSON.string(.expression(local)).utf8)) else { return nil }
        self.init(logicalID: resource.logicalID, path: override.path, expected: expected, unchecked: unchecked)
    }

    /// `value` with every part that names another stack replaced by `null`, its path noted.
    private static func localParts(of value: Expr, stack: String, at path: [String], unchecked: inout Set<[String]>) -> Expr {
        switch value {
        case .list(let items):
            return .list(items.enumerated().map { localParts(of: $1, stack: stack, at: path + [String($0)], unchecked: &unchecked) })
        case .map(let fields):
            var result: [String: Expr] = [:]
            for key in fields.keys.sorted() {
                if let field = fields[key] { result[key] = localParts(of: field, stack: stack, at: path + [key], unchecked: &unchecked) }
            }
            return .map(result)
        default:
            var elsewhere = false
            value.forEachNode { node in
                switch node {
                case .ref(let address), .getAtt(let address, _): if address.stack != stack { elsewhere = true }
                case .output: elsewhere = true
                default: break
                }
            }
            guard elsewhere else { return value }
            unchecked.insert(path)
            return .null
        }
    }
}
