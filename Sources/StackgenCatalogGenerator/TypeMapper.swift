/// Maps the schema nodes of one resource type to Swift shapes, declaring nested types as it
/// meets object definitions, inline objects and string enums.
final class TypeMapper {
    private let definitions: [String: SchemaNode]
    private let isSAM: Bool
    private(set) var declared: [String: NestedType] = [:]
    /// Declared name → the `description` of the node it was declared for (the first one,
    /// when an enum serves several fields).
    private(set) var descriptions: [String: String] = [:]
    private var definitionTypes: [String: SwiftType] = [:]
    private var definitionNames: [String: String] = [:]
    private var inProgress: Set<String> = []
    private var taken: Set<String>
    /// `<type name>|<values>` → the enum declared for it, so a field that lists the same
    /// values in several places is one enum.
    private var enumsByField: [String: String] = [:]
    /// `<field>|<the field names of its object>` → the value sets the schema lists for that
    /// field, anywhere in the resource type.
    private let fieldValueSets: [String: Set<[String]>]

    init(definitions: [String: SchemaNode], resourceName: String, isSAM: Bool, schema: JSONValue = .null) {
        self.definitions = definitions
        self.isSAM = isSAM
        var sets: [String: Set<[String]>] = [:]
        Self.collectValueSets(schema, into: &sets)
        fieldValueSets = sets
        taken = [resourceName]
        // Definitions claim their names first, so an inline type never steals one.
        for definition in definitions.keys.sorted() {
            var name = Naming.type(definition)
            if taken.contains(name) {
                name = Naming.type(Naming.words(definition).map(Naming.upperFirst).joined())
            }
            name = unique(name)
            taken.insert(name)
            definitionNames[definition] = name
        }
    }

    /// Where a type's name comes from when the schema node is an object or enum.
    enum Origin {
        case definition(String)
        case inline(property: String, parent: String)
    }

    /// The Swift shape of a property named `cfnName` inside `parent`.
    /// `siblings`: the property names of the object holding it.
    func propertyType(_ node: SchemaNode, cfnName: String, parent: String, siblings: [String] = []) -> SwiftType {
        var type = resolve(node, origin: .inline(property: cfnName, parent: parent))
        // A plain string where the same field of an object of the same fields lists its
        // values elsewhere in the resource type (DynamoDB's `KeyType` has them on the
        // table's key schema, not on an index's): the same enum.
        if type == .string, let sets = fieldValueSets[Self.fieldKey(cfnName, siblings)], sets.count == 1,
            let values = sets.first
        {
            type = declareEnum(values, origin: .inline(property: cfnName, parent: parent), description: node.description)
        }
        return Overrides.apply(to: type, property: cfnName, isSAM: isSAM)
    }

    static func fieldKey(_ name: String, _ siblings: [String]) -> String {
        name + "|" + siblings.sorted().joined(separator: ",")
    }

    /// Every `properties` entry with a string enum, anywhere in the schema.
    private static func collectValueSets(_ json: JSONValue, into sets: inout [String: Set<[String]>]) {
        switch json {
        case .object(let fields):
            if case .object(let properties)? = fields["properties"] {
                for (name, node) in properties {
                    let values = SchemaNode(node).stringEnum
                    if values.count > 1 { sets[fieldKey(name, Array(properties.keys)), default: []].insert(values.sorted()) }
                }
            }
            for value in fields.values { collectValueSets(value, into: &sets) }
        case .array(let items):
            for item in items { collectValueSets(item, into: &sets) }
        default:
            break
        }
    }

    func resolve(_ node: SchemaNode, origin: Origin) -> SwiftType {
        if let ref = node.ref { return resolveDefinition(ref) }
        if let parts = node.allOf {
            if let withRef = parts.first(where: { $0.ref != nil }) { return resolve(withRef, origin: origin) }
            if parts.count == 1 { return resolve(parts[0].inheriting(description: node.description), origin: origin) }
        }
        let types = node.types
        if types.count > 1 { return .json }
        if types.isEmpty || types == ["object"], node.properties == nil, let alternatives = node.anyOf {
            return resolveAlternatives(alternatives, origin: origin, description: node.description)
        }
        switch types.first {
        case "string":
            let values = node.stringEnum
            return values.isEmpty ? .string : declareEnum(values, origin: origin, description: node.description)
        case "integer": return .integer
        case "number": return .number
        case "boolean": return .boolean
        case "array":
            guard let items = node.items else { return .list(.json) }
            return .list(resolve(Self.refineItems(items, with: node.properties), origin: singular(origin)))
        default:
            if let properties = node.properties {
                return declareStruct(properties, required: node.required, origin: origin, description: node.description)
            }
            if let values = node.patternProperties?.sorted(by: { $0.key < $1.key }).first?.value {
                if Self.isStringified(values) { return .map(.string) }
                return .map(resolve(values, origin: singular(origin)))
            }
            if let values = node.additionalProperties {
                return .map(resolve(values, origin: singular(origin)))
            }
            if types.isEmpty, !node.stringEnum.isEmpty {
                return declareEnum(node.stringEnum, origin: origin, description: node.description)
            }
            return .json
        }
    }

    /// cfn-lint widens the values of a few string maps (Lambda's `Environment.Variables`,
    /// a nested stack's `Parameters`) to every JSON type, because CloudFormation turns
    /// numbers and booleans into the strings the service takes. Typed as strings, the map
    /// takes the same values as SAM's `Environment.Variables` (`["TABLE": table.ref]`).
    private static func isStringified(_ node: SchemaNode) -> Bool {
        let types = Set(node.types)
        return types.count > 1 && types.isSuperset(of: ["string", "number", "integer"])
    }

    private func resolveDefinition(_ ref: String) -> SwiftType {
        let key = String(ref.split(separator: "/").last ?? "")
        if let known = definitionTypes[key] { return known }
        guard let node = definitions[key], let name = definitionNames[key] else { return .json }
        if Overrides.isSharedTag(node) { return .named("Tag") }
        if inProgress.contains(key) { return .named(name) }
        inProgress.insert(key)
        defer { inProgress.remove(key) }
        let type = resolve(node, origin: .definition(name))
        definitionTypes[key] = type
        return type
    }

    /// cfn-lint's patched schemas sometimes put item-property refinements (an `enum` for
    /// `KeyType`) in a `properties` beside `items`; fold them into the item's properties.
    private static func refineItems(_ items: SchemaNode, with refinements: [String: SchemaNode]?) -> SchemaNode {
        guard let refinements, case .object(var fields) = items.json,
            case .object(var properties)? = fields["properties"]
        else { return items }
        for (name, refinement) in refinements {
            guard case .object(var property)? = properties[name], let extra = refinement.json.object else { continue }
            property.merge(extra) { current, _ in current }
            properties[name] = .object(property)
        }
        fields["properties"] = .object(properties)
        return SchemaNode(.object(fields))
    }

    // MARK: - anyOf / oneOf

    private func resolveAlternatives(_ alternatives: [SchemaNode], origin: Origin, description: String?) -> SwiftType {
        let shaped = alternatives.filter { !$0.isConstraintOnly }
        var meaningful = shaped.filter { !$0.isOpenObject && !isRefPlaceholder($0) }
        // cfn-lint adds `{"type": ["object", "string"], "format": "json"}` beside the real
        // shape; `Expr` and `.intrinsic(_:)` already cover what that alternative allows.
        let shapedOnly = meaningful.filter { $0.types.count < 2 }
        if !shapedOnly.isEmpty { meaningful = shapedOnly }
        if meaningful.isEmpty { return shaped.contains(where: isRefPlaceholder) ? .string : .json }
        if meaningful.count == 1 { return resolve(meaningful[0].inheriting(description: description), origin: origin) }
        if let variants = unionVariants(meaningful) {
            return declareUnion(variants, origin: origin, description: description)
        }
        if let withString = stringOrStruct(meaningful, origin: origin, description: description) { return withString }
        let objects = meaningful.map(objectProperties)
        if objects.allSatisfy({ $0?.count == 1 }) {
            var merged: [String: SchemaNode] = [:]
            for case let properties? in objects { merged.merge(properties) { first, _ in first } }
            if merged.count == objects.count { return declareChoice(merged, origin: origin, description: description) }
        }
        if objects.allSatisfy({ $0 != nil }) {
            var merged: [String: SchemaNode] = [:]
            for case let properties? in objects {
                merged.merge(properties) { first, _ in first }
            }
            return declareStruct(merged, required: [], origin: origin, description: description)
        }
        let kinds = Set(meaningful.map(shallowKind))
        if kinds.count == 1, let kind = kinds.first, ["string", "integer", "number", "boolean"].contains(kind) {
            return resolve(SchemaNode(.object(["type": .string(kind)])), origin: origin)
        }
        return .json
    }

    /// `[string, object]` (in either order): the object's struct, also taking a string.
    private func stringOrStruct(_ alternatives: [SchemaNode], origin: Origin, description: String?) -> SwiftType? {
        guard alternatives.count == 2 else { return nil }
        let kinds = alternatives.map(shallowKind)
        guard let objectIndex = kinds.firstIndex(of: "object"), kinds.contains("string"),
            objectProperties(alternatives[objectIndex]) != nil
        else { return nil }
        let type = resolve(alternatives[objectIndex].inheriting(description: description), origin: origin)
        guard case .named(let name) = type, case .structure(_, let properties, _)? = declared[name] else {
            return nil
        }
        declared[name] = .structure(name: name, properties: properties, acceptsString: true)
        return type
    }

    /// SAM's `{"Ref": …}` object, which stands for "an intrinsic" in its schemas.
    private func isRefPlaceholder(_ node: SchemaNode) -> Bool {
        guard let properties = objectProperties(node) else { return false }
        return Array(properties.keys) == ["Ref"]
    }

    private func follow(_ node: SchemaNode) -> SchemaNode {
        if let ref = node.ref, let target = definitions[String(ref.split(separator: "/").last ?? "")] {
            return target
        }
        if let parts = node.allOf, parts.count == 1 { return follow(parts[0]) }
        return node
    }

    private func objectProperties(_ node: SchemaNode) -> [String: SchemaNode]? {
        follow(node).properties
    }

    private func shallowKind(_ node: SchemaNode) -> String {
        let target = follow(node)
        return target.types.first ?? (target.properties != nil ? "object" : "unknown")
    }

    /// `[{"Type": "Api", "Properties": …}, …]`: each alternative is tagged by a fixed `Type`.
    private func unionVariants(_ alternatives: [SchemaNode]) -> [UnionVariant]? {
        var variants: [UnionVariant] = []
        for alternative in alternatives {
            let target = follow(alternative)
            guard let properties = target.properties, let tag = properties["Type"],
                tag.stringEnum.count == 1, Set(properties.keys).isSubset(of: ["Type", "Properties"])
            else { return nil }
            let typeValue = tag.stringEnum[0]
            let payloadName = Naming.type(typeValue) + "EventProperties"
            let payload = properties["Properties"].map {
                resolve($0, origin: .inline(property: payloadName, parent: ""))
            }
            variants.append(
                UnionVariant(
                    swiftName: Naming.enumCase(typeValue), typeValue: typeValue,
                    payload: payload ?? .json, payloadRequired: target.required.contains("Properties")))
        }
        return variants
    }

    // MARK: - Declarations

    private func declareStruct(
        _ properties: [String: SchemaNode], required: [String], origin: Origin, description: String?
    ) -> SwiftType {
        let name = allocate(origin)
        describe(name, description)
        declared[name] = .structure(name: name, properties: [], acceptsString: false)
        let members = PropertyCollector.collect(
            properties, required: required, parent: name, excluding: [], mapper: self)
        if case .structure(_, _, true)? = declared[name] {
            declared[name] = .structure(name: name, properties: members, acceptsString: true)
        } else {
            declared[name] = .structure(name: name, properties: members, acceptsString: false)
        }
        return .named(name)
    }

    private func declareChoice(_ properties: [String: SchemaNode], origin: Origin, description: String?) -> SwiftType {
        let name = allocate(origin)
        describe(name, description)
        declared[name] = .choice(name: name, alternatives: [])
        let members = PropertyCollector.collect(
            properties, required: [], parent: name, excluding: [], mapper: self)
        declared[name] = .choice(name: name, alternatives: members)
        return .named(name)
    }

    private func declareEnum(_ values: [String], origin: Origin, description: String?) -> SwiftType {
        let field: String
        switch origin {
        case .definition(let name): field = name
        case .inline(let property, _): field = Naming.type(property)
        }
        let key = field + "|" + values.sorted().joined(separator: "\u{0}")
        if let existing = enumsByField[key] { return .named(existing) }
        let name = allocate(origin)
        enumsByField[key] = name
        describe(name, description)
        var used: Set<String> = []
        var cases: [EnumCase] = []
        for (index, value) in values.enumerated() {
            var caseName = Naming.enumCase(value)
            if value == "*" { caseName = "all" }
            if caseName.isEmpty { caseName = "value\(index)" }
            if used.contains(caseName) { caseName += "\(index)" }
            used.insert(caseName)
            cases.append(EnumCase(swiftName: caseName, rawValue: value))
        }
        declared[name] = .enumeration(name: name, cases: cases)
        return .named(name)
    }

    private func declareUnion(_ variants: [UnionVariant], origin: Origin, description: String?) -> SwiftType {
        let name = allocate(origin)
        describe(name, description)
        declared[name] = .union(name: name, variants: variants)
        return .named(name)
    }

    private func describe(_ name: String, _ description: String?) {
        if let description, descriptions[name] == nil { descriptions[name] = description }
    }

    // MARK: - Names

    private func allocate(_ origin: Origin) -> String {
        switch origin {
        case .definition(let name):
            return name
        case .inline(let property, let parent):
            var name = Naming.type(property)
            if taken.contains(name) { name = unique(Naming.type(parent + name)) }
            taken.insert(name)
            return name
        }
    }

    private func unique(_ name: String) -> String {
        var candidate = name
        var counter = 2
        while taken.contains(candidate) {
            candidate = "\(name)\(counter)"
            counter += 1
        }
        return candidate
    }

    /// The origin of a list item or map value: `Rules` → `Rule`, `Events` → `Event`.
    private func singular(_ origin: Origin) -> Origin {
        switch origin {
        case .definition(let name):
            return .inline(property: name + "Item", parent: "")
        case .inline(let property, let parent):
            let single = property.count > 3 && property.hasSuffix("s") && !property.hasSuffix("ss")
                ? String(property.dropLast()) : property + "Item"
            return .inline(property: single, parent: parent)
        }
    }
}
