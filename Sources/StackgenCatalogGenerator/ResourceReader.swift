/// Reads one registry schema into a `ResourceModel`.
enum ResourceReader {
    static func read(typeName: String, schema: JSONValue) -> ResourceModel {
        let parts = typeName.components(separatedBy: "::")
        let namespace = parts[1]
        let swiftName = Naming.type(parts[2])
        let isSAM = namespace == "Serverless"
        let root = SchemaNode(schema)
        let definitions = (schema["definitions"]?.object ?? [:]).mapValues(SchemaNode.init)
        let mapper = TypeMapper(definitions: definitions, resourceName: swiftName, isSAM: isSAM, schema: schema)

        let readOnly = (schema["readOnlyProperties"]?.strings ?? []).map(pathComponents)
        let readOnlyTop = Set(readOnly.filter { $0.count == 1 }.map { $0[0] })
        let rootProperties = root.properties ?? [:]
        let properties = PropertyCollector.collect(
            rootProperties, required: root.required, parent: "", excluding: readOnlyTop, mapper: mapper)

        return ResourceModel(
            typeName: typeName, namespace: namespace, swiftName: swiftName,
            documentationURL: documentationURL(namespace: namespace, typeName: parts[2], isSAM: isSAM),
            description: root.description,
            properties: properties,
            attributes: attributes(readOnly, root: root, definitions: definitions),
            nestedTypes: mapper.declared.values.sorted { $0.name < $1.name },
            nestedDescriptions: mapper.descriptions)
    }

    /// `/properties/Dns/Realtime` → `["Dns", "Realtime"]`.
    static func pathComponents(_ pointer: String) -> [String] {
        pointer.split(separator: "/").map(String.init).filter { $0 != "properties" }
    }

    static func documentationURL(namespace: String, typeName: String, isSAM: Bool) -> String {
        if isSAM {
            return "https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/"
                + "sam-resource-\(typeName.lowercased()).html"
        }
        return "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/"
            + "aws-resource-\(namespace.lowercased())-\(typeName.lowercased()).html"
    }

    /// Handle members an attribute name must not reuse.
    static let handleMembers: Set<String> = ["ref", "address", "logicalID", "dependencyName", "attribute"]

    /// Read-only properties with a scalar (or list-of-scalar) value, as `Fn::GetAtt` names.
    static func attributes(_ paths: [[String]], root: SchemaNode, definitions: [String: SchemaNode])
        -> [AttributeModel]
    {
        var used: Set<String> = []
        var result: [AttributeModel] = []
        for path in paths.sorted(by: { $0.joined(separator: ".") < $1.joined(separator: ".") }) {
            guard let declared = lookup(path, in: root, definitions: definitions) else { continue }
            let node = follow(declared, definitions: definitions)
            guard let valueType = attributeType(node, definitions: definitions) else { continue }
            var swiftName = Naming.member(path.joined(separator: "."))
            if handleMembers.contains(swiftName) { swiftName += "Attribute" }
            guard !used.contains(swiftName) else { continue }
            used.insert(swiftName)
            result.append(
                AttributeModel(
                    cfnName: path.joined(separator: "."), swiftName: swiftName, valueType: valueType,
                    description: declared.description ?? node.description))
        }
        return result
    }

    private static func follow(_ node: SchemaNode, definitions: [String: SchemaNode]) -> SchemaNode {
        if let ref = node.ref, let target = definitions[String(ref.split(separator: "/").last ?? "")] {
            return follow(target, definitions: definitions)
        }
        // A node with its own properties keeps them; its `allOf` only adds conditional
        // constraints (the roots of DynamoDB::Table and RDS::DBCluster have one).
        if node.properties == nil, let parts = node.allOf,
            let first = parts.first(where: { $0.ref != nil }) ?? parts.first
        {
            return follow(first, definitions: definitions)
        }
        return node
    }

    /// The property node at `path` as declared (its `$ref` not followed).
    private static func lookup(_ path: [String], in root: SchemaNode, definitions: [String: SchemaNode])
        -> SchemaNode?
    {
        var node = root
        for component in path {
            guard let next = follow(node, definitions: definitions).properties?[component] else { return nil }
            node = next
        }
        return node
    }

    private static func attributeType(_ node: SchemaNode, definitions: [String: SchemaNode]) -> String? {
        let types = node.types
        if types.isEmpty, let alternatives = node.anyOf {
            let kinds = Set(alternatives.map { follow($0, definitions: definitions).types })
            return kinds.count == 1 ? kinds.first.flatMap(scalar) : nil
        }
        if types == ["array"], let items = node.items {
            return attributeType(follow(items, definitions: definitions), definitions: definitions)
                .flatMap { ["String", "Int", "Double", "Bool"].contains($0) ? "[\($0)]" : nil }
        }
        return scalar(types)
    }

    private static func scalar(_ types: [String]) -> String? {
        switch types {
        case ["string"]: "String"
        case ["integer"]: "Int"
        case ["number"]: "Double"
        case ["boolean"]: "Bool"
        default: nil
        }
    }
}
