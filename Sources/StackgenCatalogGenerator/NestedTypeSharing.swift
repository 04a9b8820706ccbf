/// Finds the nested types that several resource types of one service declare identically
/// (same name, same shape, same shapes of the types they refer to), so the service declares
/// each once and the resource types alias it: `EC2.TagProperty`, aliased as
/// `EC2.Instance.TagProperty`, `EC2.VPC.TagProperty`, …
struct NestedTypeSharing {
    /// Names declared once at the service level; every resource type declaring that name
    /// (with the shared shape) aliases it.
    private(set) var shared: [String: NestedType] = [:]
    /// Per resource type (Swift name): the nested names it aliases instead of declaring.
    private(set) var aliased: [String: Set<String>] = [:]
    /// The `description` of each shared type. Owners may describe one shape differently; the
    /// shared type takes the first owner's (by type name), the same owner its properties'
    /// descriptions come from.
    private(set) var descriptions: [String: String] = [:]

    init(_ models: [ResourceModel]) {
        // Resource type → nested name → shape key.
        var keys: [String: [String: String]] = [:]
        var uses: [String: Set<String>] = [:]  // "name\u{0}key" → resource types
        var bodies: [String: NestedType] = [:]
        var bodyDescriptions: [String: String] = [:]
        for model in models.sorted(by: { $0.typeName < $1.typeName }) {
            var signer = ShapeSigner(model.nestedTypes)
            var modelKeys: [String: String] = [:]
            for nested in model.nestedTypes {
                let key = signer.key(of: nested.name)
                modelKeys[nested.name] = key
                uses[nested.name + "\u{0}" + key, default: []].insert(model.swiftName)
                // Shapes of one key differ at most in their descriptions: keep the first.
                if bodies[nested.name + "\u{0}" + key] == nil {
                    bodies[nested.name + "\u{0}" + key] = nested
                    bodyDescriptions[nested.name + "\u{0}" + key] = model.nestedDescriptions[nested.name]
                }
            }
            keys[model.swiftName] = modelKeys
        }
        let typeNames = Set(models.map(\.swiftName))
        // Per name, the shape most resource types share (ties: the smaller key), if ≥ 2.
        var chosen: [String: String] = [:]  // name → key
        for (nameAndKey, owners) in uses where owners.count >= 2 {
            let parts = nameAndKey.split(separator: "\u{0}", maxSplits: 1, omittingEmptySubsequences: false)
            let name = String(parts[0])
            let key = String(parts[1])
            // A service-level type must not take the name of a resource type or of a member
            // the namespace already has.
            guard !typeNames.contains(name), !NestedTypeSharing.namespaceMembers.contains(name) else { continue }
            if let current = chosen[name] {
                let currentCount = uses[name + "\u{0}" + current]?.count ?? 0
                if owners.count < currentCount || (owners.count == currentCount && key > current) { continue }
            }
            chosen[name] = key
        }
        // A shared type may only refer to shared types: drop the others until none is left.
        // (A type's key holds the keys of the types it refers to, so every owner agrees on them.)
        var changed = true
        while changed {
            changed = false
            for (name, key) in chosen {
                guard let body = bodies[name + "\u{0}" + key],
                    let owner = uses[name + "\u{0}" + key]?.min(), let ownerKeys = keys[owner]
                else { continue }
                for reference in body.references where ownerKeys[reference] != nil {
                    if chosen[reference] != ownerKeys[reference] {
                        chosen[name] = nil
                        changed = true
                        break
                    }
                }
            }
        }
        for (name, key) in chosen {
            shared[name] = bodies[name + "\u{0}" + key]
            descriptions[name] = bodyDescriptions[name + "\u{0}" + key]
            for model in models where keys[model.swiftName]?[name] == key {
                aliased[model.swiftName, default: []].insert(name)
            }
        }
    }

    /// Names a namespace enum holds besides resource types.
    static let namespaceMembers: Set<String> = ["Globals", "Policies", "Policy"]
}

/// Shape keys of the nested types of one resource type: the shape with every reference to a
/// sibling nested type replaced by that type's own key.
struct ShapeSigner {
    private let byName: [String: NestedType]
    private var memo: [String: String] = [:]
    private var visiting: Set<String> = []

    init(_ nested: [NestedType]) {
        byName = Dictionary(nested.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
    }

    mutating func key(of name: String) -> String {
        if let known = memo[name] { return known }
        guard let nested = byName[name] else { return name }
        if visiting.contains(name) { return "@" + name }
        visiting.insert(name)
        defer { visiting.remove(name) }
        let key = nested.signature { self.key(of: $0) }
        memo[name] = key
        return key
    }
}

extension NestedType {
    /// Every name this type's declaration refers to.
    var references: [String] {
        switch self {
        case .structure(_, let properties, _), .choice(_, let properties):
            properties.flatMap(\.type.namedTypes)
        case .enumeration:
            []
        case .union(_, let variants):
            variants.flatMap(\.payload.namedTypes)
        }
    }

    /// The declaration as text, references replaced by `sign(name)`.
    func signature(_ sign: (String) -> String) -> String {
        func type(_ swiftType: SwiftType) -> String { swiftType.signature(sign) }
        switch self {
        case .structure(let name, let properties, let acceptsString):
            return "S(\(name),\(acceptsString)," + properties.map { "\($0.cfnName):\($0.swiftName):\(type($0.type)):\($0.isRequired)" }.joined(separator: ";") + ")"
        case .choice(let name, let alternatives):
            return "C(\(name)," + alternatives.map { "\($0.cfnName):\($0.swiftName):\(type($0.type))" }.joined(separator: ";") + ")"
        case .enumeration(let name, let cases):
            return "E(\(name)," + cases.map { "\($0.swiftName)=\($0.rawValue)" }.joined(separator: ";") + ")"
        case .union(let name, let variants):
            return "U(\(name)," + variants.map { "\($0.swiftName)=\($0.typeValue):\(type($0.payload)):\($0.payloadRequired)" }.joined(separator: ";") + ")"
        }
    }
}

extension SwiftType {
    var namedTypes: [String] {
        switch self {
        case .named(let name): [name]
        case .list(let element), .map(let element): element.namedTypes
        default: []
        }
    }

    func signature(_ sign: (String) -> String) -> String {
        switch self {
        case .named(let name): "{\(sign(name))}"
        case .list(let element): "[\(element.signature(sign))]"
        case .map(let element): "[:\(element.signature(sign))]"
        default: swiftType
        }
    }
}
