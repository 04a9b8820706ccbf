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
            ("dependsOn", .array(dependsOn.map { .object([("name", .string($0.name)), ("reasons", .array($0.reasons.map(JSONValue.string)))]) })),
            ("capabilities", .array(capabilities.map(JSONValue.string))),
            (
                "parameters",
                .array(
                    parameters.map {
                        .object([
                            ("name", .string($0.name)),
                            ("from", .object([("stack", .string($0.fromStack)), ("region", .string($0.fromRegion)), ("output", .string($0.fromOutput))])),
                        ])
                    })
            ),
            ("command", .string(command)),
        ])
    }
}
