/// Renders one resource type: its definition struct, its nested types and its attributes.
enum ResourceRenderer {
    /// `aliases`: nested types the service declares once; the resource type aliases them.
    static func render(_ model: ResourceModel, aliases: Set<String> = []) -> String {
        var writer = SwiftWriter()
        writer.line("@_spi(Catalog) import StackgenCatalogSupport")
        writer.line("@_spi(Catalog) import StackgenCore")
        writer.line()
        writer.block("extension \(model.namespace)") { scope in
            scope.doc(
                DocText.paragraphs(
                    ["The `\(model.typeName)` resource type.", "", "Documentation: <\(model.documentationURL)>"],
                    model.description))
            scope.block("public struct \(model.swiftName): PropertyOverridable") { body in
                body.line("public var resourceType: String { \(PropertyRenderer.quoted(model.typeName)) }")
                body.line("public var properties: [String: Expr]")
                body.line("public var overrides: [PropertyOverride] = []")
                body.line()
                PropertyRenderer.initializer(
                    model.properties, into: &body, assign: "properties", asMap: false)
            }
        }
        if !model.nestedTypes.isEmpty {
            writer.line()
            writer.block("extension \(model.namespace).\(model.swiftName)") { scope in
                for (index, nested) in model.nestedTypes.enumerated() {
                    if index > 0 { scope.line() }
                    if aliases.contains(nested.name) {
                        scope.doc(["Shared with other `AWS::\(model.namespace)` types."])
                        scope.line("public typealias \(nested.name) = \(model.namespace).\(nested.name)")
                    } else {
                        render(
                            nested, owner: "`\(model.typeName)`", description: model.nestedDescriptions[nested.name],
                            into: &scope)
                    }
                }
            }
        }
        if !model.attributes.isEmpty {
            writer.line()
            writer.block("extension Resource where D == \(model.namespace).\(model.swiftName)") { scope in
                for attribute in model.attributes {
                    scope.doc(
                        DocText.paragraphs(
                            ["`Fn::GetAtt` `\(attribute.cfnName)` of `\(model.typeName)`."], attribute.description))
                    scope.line(
                        "public var \(Naming.escaped(attribute.swiftName)): Value<\(attribute.valueType)> "
                            + "{ attribute(\(PropertyRenderer.quoted(attribute.cfnName))) }")
                }
            }
        }
        return Header.text + writer.text
    }

    /// `description`: the schema's, shown after what the generator says about the type.
    static func render(_ nested: NestedType, owner: String, description: String?, into writer: inout SwiftWriter) {
        switch nested {
        case .structure(let name, let properties, let acceptsString):
            writer.doc(
                DocText.paragraphs(
                    ["A property type of \(owner)" + (acceptsString ? "; a string also fits." : ".")], description))
            let conformances = acceptsString ? "PropertyStruct, StringOrPropertyStruct" : "PropertyStruct"
            writer.block("public struct \(name): \(conformances)") { body in
                storage(into: &body)
                PropertyRenderer.initializer(
                    properties, into: &body, assign: "expression", asMap: true)
            }
        case .enumeration(let name, let cases):
            writer.doc(
                DocText.paragraphs(
                    [
                        "A string enum of \(owner); `.custom(_:)` takes a value newer than the schema.", "",
                        "Allowed values: " + cases.map { "`\($0.rawValue)`" }.joined(separator: ", ") + ".",
                    ], description))
            writer.block("public struct \(name): PropertyEnum") { body in
                storage(into: &body)
                for item in cases {
                    body.line(
                        "public static var \(Naming.escaped(item.swiftName)): Self "
                            + "{ Self(rawValue: \(PropertyRenderer.quoted(item.rawValue))) }")
                }
            }
        case .choice(let name, let alternatives):
            writer.doc(
                DocText.paragraphs(["A property type of \(owner) that holds exactly one of its alternatives."], description))
            writer.block("public struct \(name): PropertyStruct") { body in
                storage(into: &body)
                for alternative in alternatives {
                    var member = alternative.swiftName
                    if Naming.reservedMembers.contains(member) { member += "Value" }
                    body.doc(DocText.paragraphs(["`\(alternative.cfnName)`."], alternative.description))
                    body.line(
                        "public static func \(Naming.escaped(member))(_ value: \(alternative.type.swiftType)) -> Self "
                            + "{ Self(unchecked: .map([\(PropertyRenderer.quoted(alternative.cfnName)): value.expression])) }")
                }
            }
        case .union(let name, let variants):
            writer.doc(DocText.paragraphs(["One of the `Type`/`Properties` alternatives of \(owner)."], description))
            writer.block("public struct \(name): PropertyUnion") { body in
                storage(into: &body)
                for variant in variants {
                    let payload = variant.payload.swiftType
                    let type = variant.payloadRequired ? payload : payload + "? = nil"
                    body.doc(["`Type: \(variant.typeValue)`."])
                    body.line(
                        "public static func \(Naming.escaped(variant.swiftName))(_ properties: \(type)) -> Self "
                            + "{ Self(type: \(PropertyRenderer.quoted(variant.typeValue)), properties: properties) }")
                }
            }
        }
    }

    private static func storage(into writer: inout SwiftWriter) {
        writer.line("public let expression: Expr")
        writer.line("public init(unchecked expression: Expr) { self.expression = expression }")
    }
}
