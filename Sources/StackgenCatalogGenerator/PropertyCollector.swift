/// Turns a schema's `properties` into `PropertyModel`s: required ones first (schema order,
/// which in the bundled schemas is alphabetical), then optional ones alphabetically.
enum PropertyCollector {
    static func collect(
        _ properties: [String: SchemaNode], required: [String], parent: String,
        excluding: Set<String>, mapper: TypeMapper
    ) -> [PropertyModel] {
        let requiredSet = Set(required)
        let names = properties.keys.filter { !excluding.contains($0) }.sorted()
        let ordered = names.filter(requiredSet.contains) + names.filter { !requiredSet.contains($0) }
        var used: Set<String> = []
        return ordered.map { cfnName in
            var swiftName = Naming.member(cfnName)
            while used.contains(swiftName) { swiftName += "_" }
            used.insert(swiftName)
            let node = properties[cfnName]!
            return PropertyModel(
                cfnName: cfnName, swiftName: swiftName,
                type: mapper.propertyType(node, cfnName: cfnName, parent: parent, siblings: Array(properties.keys)),
                isRequired: requiredSet.contains(cfnName), description: node.description)
        }
    }
}

/// Hand-picked typings layered on top of what the schemas say.
enum Overrides {
    /// Free-JSON properties holding an IAM policy document take `IAM.PolicyDocument`, which
    /// also accepts a JSON literal, so typed and hand-written policies both fit.
    static let policyDocumentProperties: Set<String> = [
        "PolicyDocument", "AssumeRolePolicyDocument", "KeyPolicy", "AccessPolicies",
        "ResourcePolicy", "Policy",
    ]

    static func apply(to type: SwiftType, property: String, isSAM: Bool) -> SwiftType {
        if isSAM, property == "Policies" { return .named("Serverless.Policies") }
        // SAM writes tags as a plain string map (`Tags: {team: shop}`).
        if isSAM, property == "Tags", type == .json { return .map(.string) }
        if type == .json, policyDocumentProperties.contains(property) { return .named("IAM.PolicyDocument") }
        return type
    }

    /// `{Key: string, Value: string}`, both required: the shared `Tag` type.
    static func isSharedTag(_ node: SchemaNode) -> Bool {
        guard let properties = node.properties, Set(properties.keys) == ["Key", "Value"],
            Set(node.required) == ["Key", "Value"]
        else { return false }
        return properties.values.allSatisfy { $0.types == ["string"] && $0.stringEnum.isEmpty }
    }
}
