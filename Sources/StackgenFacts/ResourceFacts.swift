/// Facts about CloudFormation resource types, read from the generated table.
public enum ResourceFacts {
    /// The facts of a type, or nil when the schemas do not know it (a typo, `Custom::…`, a
    /// third-party type).
    public static func type(_ typeName: String) -> ResourceTypeFacts? {
        guard let line = FactsTable.lines[typeName] else { return nil }
        return FactsTable.parse(line)
    }

    /// True when deleting or replacing a resource of this type loses data.
    public static func isStateful(_ typeName: String) -> Bool {
        type(typeName)?.isStateful ?? false
    }

    /// Every known type name, sorted.
    public static var typeNames: [String] { FactsTable.lines.keys.sorted() }
}
