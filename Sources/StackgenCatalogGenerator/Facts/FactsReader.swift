/// Reads `TypeFacts` from a registry schema.
///
/// GetAtt names follow cfn-lint 1.58.0's `cfnlint/schema/_getatts.py`: every
/// `readOnlyProperties` pointer `/properties/A/B` is the attribute `A.B`; for the types it lists
/// in `_all_property_types` every scalar (or list-of-scalar) property is one too, and
/// `_exceptions` adds a few names the schemas miss. `generate-catalog.sh` copies those two
/// lists out of cfn-lint into a JSON file (`CfnLintGetAtts`) so the generator need not
/// re-type them. Unlike cfn-lint, paths through a list (`/properties/Rules/*/Arn`) are left
/// out: `Fn::GetAtt` cannot index a list.
struct FactsReader {
    let getAtts: CfnLintGetAtts
    /// cfn-lint's `data/AdditionalSpecs/StatefulResources.json` (its rule I3011): the types
    /// whose deletion or replacement loses data.
    let statefulTypes: Set<String>

    func read(typeName: String, schema: JSONValue) -> TypeFacts {
        let parts = typeName.components(separatedBy: "::")
        let localName = parts.count == 3 ? parts[2] : typeName
        let readOnly = schema["readOnlyProperties"]?.strings ?? []
        let createOnly = schema["createOnlyProperties"]?.strings ?? []
        let properties = schema["properties"]?.object ?? [:]

        var attributes = Set<String>()
        var prefixes: [String] = []
        switch typeName {
        case "AWS::CloudFormation::Stack", "AWS::Serverless::Application":
            prefixes = ["Outputs."]
        case "AWS::ServiceCatalog::CloudFormationProvisionedProduct":
            prefixes = ["Outputs."]
            attributes.formUnion(readOnly.filter { $0 != "/properties/Outputs" }.compactMap(Self.attributeName))
        case "AWS::CloudFormation::CustomResource":
            prefixes = [""]
            attributes.formUnion(readOnly.compactMap(Self.attributeName))
        default:
            if getAtts.allPropertyTypes.contains(typeName) {
                var walker = ScalarPropertyWalker(definitions: schema["definitions"]?.object ?? [:])
                for (name, node) in properties { walker.walk(node, path: [name]) }
                attributes = walker.found
            } else {
                attributes.formUnion(readOnly.compactMap(Self.attributeName))
                attributes.formUnion(getAtts.exceptions[typeName] ?? [])
            }
        }

        // CloudFormation asks for CAPABILITY_IAM for IAM resources, and CAPABILITY_NAMED_IAM
        // when one carries its own name: the `<Type>Name` property that is also create-only
        // (RoleName, UserName, GroupName, ManagedPolicyName, InstanceProfileName, …).
        let needsIAM = parts.count == 3 && parts[0] == "AWS" && parts[1] == "IAM"
        let nameProperty = "\(localName)Name"
        let namedIAMProperty =
            needsIAM && createOnly.contains("/properties/\(nameProperty)") ? nameProperty : nil

        return TypeFacts(
            typeName: typeName,
            attributes: attributes.sorted(),
            attributePrefixes: prefixes,
            createOnlyProperties: Set(createOnly.compactMap(Self.propertyPath)).sorted(),
            deprecatedProperties: Set((schema["deprecatedProperties"]?.strings ?? []).compactMap(Self.propertyPath))
                .sorted(),
            needsIAM: needsIAM,
            namedIAMProperty: namedIAMProperty,
            isStateful: statefulTypes.contains(SAMPrimaryTypes.byType[typeName] ?? typeName))
    }

    /// `/properties/Endpoint/Address` → `Endpoint.Address`; nil for paths into lists
    /// (`/properties/Tags/*/Key`), which `Fn::GetAtt` cannot reach.
    static func attributeName(_ pointer: String) -> String? {
        guard let path = propertyPath(pointer), !path.split(separator: "/").contains("*") else { return nil }
        return path.split(separator: "/").joined(separator: ".")
    }

    /// `/properties/KeySchema/0` → `KeySchema/0`.
    static func propertyPath(_ pointer: String) -> String? {
        let prefix = "/properties/"
        guard pointer.hasPrefix(prefix), pointer.count > prefix.count else { return nil }
        return String(pointer.dropFirst(prefix.count))
    }
}

/// cfn-lint's `GetAtts._process_schema`: objects are walked into, lists of scalars and
/// scalars are attributes, lists of objects or lists are not.
struct ScalarPropertyWalker {
    let definitions: [String: JSONValue]
    private(set) var found: Set<String> = []
    private var visiting: Set<String> = []

    init(definitions: [String: JSONValue]) { self.definitions = definitions }

    mutating func walk(_ node: JSONValue, path: [String]) {
        let types = SchemaNode(node).types
        if types.contains("object") {
            for (name, child) in node["properties"]?.object ?? [:] { walk(child, path: path + [name]) }
        } else if types.contains("array") {
            if let itemType = node["items"]?["type"]?.string, ["object", "array"].contains(itemType) { return }
            found.insert(path.joined(separator: "."))
        } else if let ref = node["$ref"]?.string {
            let name = String(ref.split(separator: "/").last ?? "")
            guard let target = definitions[name], !visiting.contains(name) else { return }
            visiting.insert(name)
            walk(target, path: path)
            visiting.remove(name)
        } else {
            found.insert(path.joined(separator: "."))
        }
    }
}

/// The two GetAtt lists cfn-lint keeps in Python (`_all_property_types`, `_exceptions`).
struct CfnLintGetAtts: Sendable {
    var allPropertyTypes: Set<String> = []
    var exceptions: [String: [String]] = [:]

    init() {}

    init(json: JSONValue) {
        allPropertyTypes = Set(json["allPropertyTypes"]?.strings ?? [])
        exceptions = (json["exceptions"]?.object ?? [:]).mapValues(\.strings)
    }
}
