import StackgenJSON

/// Confirms that every `.overriding(_:with:)` the author declared is in the emitted template:
/// the resource is there and holds the value at the override's path. An override the
/// template lost (an emitter that drops a key, a later typed property written over it) is a
/// stackgen bug.
enum OverrideCheck {
    static func findings(for overrides: [Verifier.DeclaredOverride], in template: JSONNode, file: String) -> [VerificationFinding] {
        overrides.compactMap { override in
            let components = ["Resources", override.logicalID, "Properties"] + override.path
            let path = components.joined(separator: "/")
            var node: JSONNode? = template
            for component in components {
                switch node {
                case .array(let items)?: node = Int(component).flatMap { items.indices.contains($0) ? items[$0] : nil }
                case .object?: node = node?[component]
                default: node = nil
                }
                if node == nil { break }
            }
            let name = override.path.joined(separator: ".")
            guard let found = node else {
                return VerificationFinding(
                    file: file, path: path, name: name,
                    message: "override '\(name)' of '\(override.logicalID)' is missing from the template")
            }
            guard matches(found, override.expected, unchecked: override.unchecked, at: []) else {
                return VerificationFinding(
                    file: file, path: path, name: name,
                    message: "override '\(name)' of '\(override.logicalID)' does not hold the value it was given")
            }
            return nil
        }
    }

    /// Equal as JSON (object members in any order), except below the `unchecked` paths,
    /// which only have to exist.
    private static func matches(_ found: JSONNode, _ expected: JSONNode, unchecked: Set<[String]>, at path: [String]) -> Bool {
        if unchecked.contains(path) { return true }
        switch (found, expected) {
        case (.array(let items), .array(let wanted)):
            guard items.count == wanted.count else { return false }
            return zip(items, wanted).enumerated().allSatisfy { index, pair in
                matches(pair.0, pair.1, unchecked: unchecked, at: path + [String(index)])
            }
        case (.object(let members), .object(let wanted)):
            guard members.count == wanted.count else { return false }
            return wanted.allSatisfy { member in
                guard let value = found[member.key] else { return false }
                return matches(value, member.value, unchecked: unchecked, at: path + [member.key])
            }
        default:
            return found == expected
        }
    }
}

extension Verifier {
    /// One `.overriding(_:with:)` call, as the template must show it.
    public struct DeclaredOverride: Sendable, Hashable {
        public let logicalID: String
        /// Below `Properties`: keys and list indices.
        public let path: [String]
        /// The value as emitted JSON.
        public let expected: JSONNode
        /// Paths inside `expected` whose value names another stack: the resolver rewrites
        /// those (an import, a parameter), so only their presence is checked.
        public let unchecked: Set<[String]>

        public init(logicalID: String, path: [String], expected: JSONNode, unchecked: Set<[String]> = []) {
            self.logicalID = logicalID
            self.path = path
            self.expected = expected
            self.unchecked = unchecked
        }
    }
}
