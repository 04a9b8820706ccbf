/// A read-only view of one JSON-schema node in a CloudFormation registry schema, with the
/// handful of keywords the generator looks at.
struct SchemaNode: Sendable {
    let json: JSONValue

    init(_ json: JSONValue) { self.json = json }

    /// The `type` keyword as a list (`"string"` and `["string"]` read the same).
    var types: [String] {
        switch json["type"] {
        case .string(let name)?: return [name]
        case .array(let names)?: return names.compactMap(\.string)
        default: return []
        }
    }

    var ref: String? { json["$ref"]?.string }
    var properties: [String: SchemaNode]? { json["properties"]?.object?.mapValues(SchemaNode.init) }
    var patternProperties: [String: SchemaNode]? {
        json["patternProperties"]?.object?.mapValues(SchemaNode.init)
    }
    var additionalProperties: SchemaNode? {
        guard case .object = json["additionalProperties"] else { return nil }
        return json["additionalProperties"].map(SchemaNode.init)
    }
    var items: SchemaNode? { json["items"].map(SchemaNode.init) }
    var required: [String] { json["required"]?.strings ?? [] }
    /// What the schema says the node is for: SAM's `markdownDescription` when it has one,
    /// else `description`.
    var description: String? { json["markdownDescription"]?.string ?? json["description"]?.string }
    var allOf: [SchemaNode]? { json["allOf"]?.array?.map(SchemaNode.init) }
    var anyOf: [SchemaNode]? { (json["anyOf"] ?? json["oneOf"])?.array?.map(SchemaNode.init) }

    /// This node with the `description` of the node holding it, unless it has its own or is a
    /// `$ref` (a definition is described where it is defined).
    func inheriting(description: String?) -> SchemaNode {
        guard let description, self.description == nil, ref == nil, case .object(var fields) = json else { return self }
        fields["description"] = .string(description)
        return SchemaNode(.object(fields))
    }

    /// String enum values, or the `const` value; empty when the node is no string enum.
    var stringEnum: [String] {
        if let values = json["enum"]?.array {
            let strings = values.compactMap(\.string)
            return strings.count == values.count ? strings : []
        }
        if let constant = json["const"]?.string { return [constant] }
        return patternAlternatives
    }

    /// A pattern that only lists literal values, `^(DENY|SAMEORIGIN)$`, or SAM's
    /// `(LATEST|TRIM_HORIZON|AT_TIMESTAMP)+` whose `maxLength` is that of its longest value
    /// (the `+` is a quirk: the description lists the three values): the values, else empty.
    var patternAlternatives: [String] {
        guard types == ["string"] || types.isEmpty, var pattern = json["pattern"]?.string else { return [] }
        var anchored = false
        if pattern.hasPrefix("^(") && pattern.hasSuffix(")$") {
            pattern = String(pattern.dropFirst(2).dropLast(2))
            anchored = true
        } else if pattern.hasPrefix("(") && pattern.hasSuffix(")+") {
            pattern = String(pattern.dropFirst().dropLast(2))
        } else {
            return []
        }
        let values = pattern.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
        let literal = values.allSatisfy { value in
            !value.isEmpty && value.allSatisfy { $0.isLetter || $0.isNumber || "_-".contains($0) } && value.allSatisfy(\.isASCII)
        }
        guard literal, values.count > 1 else { return [] }
        if !anchored {
            guard case .number(let maxLength)? = json["maxLength"],
                let longest = values.map(\.count).max(), Double(longest) >= maxLength
            else { return [] }
        }
        return values
    }

    /// True when the node only constrains (`required`, `format`, …) and declares no shape.
    var isConstraintOnly: Bool {
        types.isEmpty && ref == nil && properties == nil && patternProperties == nil
            && items == nil && allOf == nil && anyOf == nil && stringEnum.isEmpty
            && !(json.object?.isEmpty ?? true)
    }

    /// `{}` or `{"type": "object"}` with no shape: free JSON (in SAM schemas, "any intrinsic").
    var isOpenObject: Bool {
        let shapeless = ref == nil && properties == nil && patternProperties == nil
            && additionalProperties == nil && anyOf == nil && allOf == nil
        return shapeless && (types == ["object"] || types.isEmpty) && stringEnum.isEmpty
    }
}
