/// Where two template values differ, as `/`-joined paths.
enum ValuePaths {
    /// Objects and equal-length arrays are compared member by member; an intrinsic, a
    /// scalar or an array that changed length is one change at its own path.
    static func differences(_ old: TemplateValue?, _ new: TemplateValue?, at path: String = "") -> [String] {
        var paths: [String] = []
        collect(old, new, at: path, into: &paths)
        return paths
    }

    private static func collect(_ old: TemplateValue?, _ new: TemplateValue?, at path: String, into paths: inout [String]) {
        guard old != new else { return }
        switch (old, new) {
        case (.object(let a)?, .object(let b)?) where !TemplateValue.object(a).isIntrinsic && !TemplateValue.object(b).isIntrinsic:
            let keys = Set(a.map(\.key)).union(b.map(\.key)).sorted()
            let before = Dictionary(a.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
            let after = Dictionary(b.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
            for key in keys { collect(before[key], after[key], at: join(path, key), into: &paths) }
        case (.array(let a)?, .array(let b)?) where a.count == b.count:
            for index in a.indices { collect(a[index], b[index], at: join(path, String(index)), into: &paths) }
        default:
            paths.append(path)
        }
    }

    static func join(_ path: String, _ component: String) -> String {
        path.isEmpty ? component : "\(path)/\(component)"
    }

    /// Paths inside `value` whose intrinsic refers to one of `names` or imports one of
    /// `imports` (a `Ref`, `Fn::GetAtt` or `Fn::Sub` of a replaced resource, or an import of
    /// a changed export, gets a new value even when its text is the same).
    static func uses(of names: Set<String>, imports: Set<String>, in value: TemplateValue, at path: String, stack: StackSnapshot) -> [String] {
        if value.isIntrinsic {
            let imported = value.importedExportNames(stack: stack.name, region: stack.region).compactMap { $0 }
            return value.referencedNames.isDisjoint(with: names) && imports.isDisjoint(with: imported) ? [] : [path]
        }
        switch value {
        case .object(let fields):
            return fields.flatMap { uses(of: names, imports: imports, in: $0.value, at: join(path, $0.key), stack: stack) }
        case .array(let values):
            return values.enumerated().flatMap { uses(of: names, imports: imports, in: $1, at: join(path, String($0)), stack: stack) }
        default:
            return []
        }
    }

    /// Whether a changed path touches a create-only property: equal, inside it, or
    /// containing it. Array indices are left out, as the registry schemas leave them out.
    static func touches(_ path: String, createOnly: Set<String>) -> String? {
        guard path.hasPrefix("Properties/") else { return nil }
        let name = path.dropFirst("Properties/".count).split(separator: "/").filter { !$0.allSatisfy(\.isNumber) }.joined(separator: "/")
        return createOnly.sorted().first { name == $0 || name.hasPrefix($0 + "/") || $0.hasPrefix(name + "/") }
    }
}
