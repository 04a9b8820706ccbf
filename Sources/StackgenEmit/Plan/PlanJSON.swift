import StackgenResolver

extension Plan {
    /// `plan.json`, format version 1. Keys are fixed and documented; optional values are
    /// written as `null` rather than left out, so scripts can index without guarding.
    public var json: JSONValue {
        .object([
            ("version", .integer(Self.formatVersion)),
            ("app", .string(app)),
            ("waves", .array(waves.map { .array($0.map(JSONValue.string)) })),
            ("criticalPath", .array(criticalPath.map(JSONValue.string))),
            ("speedUp", .number((speedUp * 100).rounded() / 100)),
            ("stackWaves", .integer(stackWaves)),
            ("steps", .array(steps.map(\.json))),
            ("sourceRoot", .string(sourceRoot)),
            ("assets", .array(assets.map(\.json))),
        ])
    }
}

extension Plan.Step {
    var json: JSONValue {
        .object([
            ("name", .string(name)),
            ("kind", .string(kind.rawValue)),
            ("region", region.map(JSONValue.string) ?? .null),
            ("account", account.map(JSONValue.string) ?? .null),
            ("wave", .integer(wave)),
            ("template", template.map(JSONValue.string) ?? .null),
            ("dependsOn", .array(dependsOn.map { .object([("name", .string($0.name)), ("reasons", .array($0.reasons.map { .string($0.description) }))]) })),
            ("capabilities", .array(capabilities.map(JSONValue.string))),
            ("parameters", .array(parameters.map(\.json))),
            ("command", .string(command)),
        ])
    }
}

extension Plan.Parameter {
    /// `{"name", "from": {"stack", "region", "output"} | null, "default": value | null,
    /// "required": bool}`: `required` is true when neither a binding nor a default gives a value.
    /// A value known before deploy adds `"given": text` (only `check` plans have one).
    var json: JSONValue {
        var from = JSONValue.null
        var defaultValue = JSONValue.null
        var given: String?
        switch source {
        case .output(let stack, let region, let key):
            from = .object([("stack", .string(stack)), ("region", .string(region)), ("output", .string(key))])
        case .defaultValue(let value):
            defaultValue = value
        case .given(let value):
            given = value
        case .required:
            break
        }
        let required: Bool = if case .required = source { true } else { false }
        var fields: [(String, JSONValue)] = [("name", .string(name)), ("from", from), ("default", defaultValue)]
        if let given { fields.append(("given", .string(given))) }
        return .object(fields + [("required", .boolean(required))])
    }
}
