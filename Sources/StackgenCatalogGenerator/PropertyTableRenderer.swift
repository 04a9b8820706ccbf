/// Renders `StackgenPropertyTable/PropertyTable+Generated.swift`: for every resource type of
/// the catalog and every property type it declares, each property's CloudFormation name, the
/// argument label and Swift type of the generated initializer, and whether it is required,
/// taken from the same `ResourceModel`s the catalog is rendered from. `stackgen import` reads
/// it to write typed initializers. One line per type in a raw string literal, which costs the
/// type checker nothing; the table is parsed on demand.
///
/// Line formats (fields separated by `|`, list items by spaces, `%XX` escapes a reserved byte):
/// - resource type: `R|AWS::SQS::Queue|SQS|Queue|<properties>`
/// - property type: `S|AWS::SQS::Queue.Name|<properties>` (`T` when a string also fits)
/// - enum: `E|AWS::S3::Bucket.Status|<raw>=<member> …`
/// - choice or union: `C|…` / `U|…` (written with `.init(unchecked:)`)
/// - region: `G|eu-west-1|euWest1` (the static member of `Region`)
///
/// A property is `<CfnName>=<label>=<type>`, with a trailing `!` when required; a type is
/// `s` `i` `n` `b` (String, Int, Double, Bool), `j` (`Expr`), `[t]` a list, `{t}` a map,
/// `@Name` a named type: nested in the resource type unless it is `Tag`, `IAM.PolicyDocument`
/// or `Serverless.Policies`.
enum PropertyTableRenderer {
    static func render(_ models: [ResourceModel], regions: [String]) -> String {
        var lines = regions.sorted().map { "G|\($0)|\(Naming.member($0))" }
        for model in models.sorted(by: { $0.typeName < $1.typeName }) {
            lines.append(
                ["R", model.typeName, model.namespace, model.swiftName, properties(model.properties)].joined(separator: "|"))
            for nested in model.nestedTypes {
                let key = "\(model.typeName).\(nested.name)"
                switch nested {
                case .structure(_, let members, let acceptsString):
                    lines.append([acceptsString ? "T" : "S", key, properties(members)].joined(separator: "|"))
                case .enumeration(_, let cases):
                    let members = cases.map { "\(escape($0.rawValue))=\(escape(Naming.escaped($0.swiftName)))" }
                    lines.append(["E", key, members.joined(separator: " ")].joined(separator: "|"))
                case .choice:
                    lines.append("C|\(key)|")
                case .union:
                    lines.append("U|\(key)|")
                }
            }
        }
        return Header.table(
            extending: "PropertyTable",
            comment: [
                "\(models.count) resource types; the line format is described in PropertyTableRenderer.swift",
                "of StackgenCatalogGenerator and read by PropertyTable.swift.",
            ],
            lines: lines)
    }

    private static func properties(_ members: [PropertyModel]) -> String {
        members.map { member in
            "\(escape(member.cfnName))=\(escape(Naming.escaped(member.swiftName)))=\(code(member.type))"
                + (member.isRequired ? "!" : "")
        }.joined(separator: " ")
    }

    static func code(_ type: SwiftType) -> String {
        switch type {
        case .string: "s"
        case .integer: "i"
        case .number: "n"
        case .boolean: "b"
        case .json: "j"
        case .list(let element): "[\(code(element))]"
        case .map(let element): "{\(code(element))}"
        case .named(let name): "@" + escape(name)
        }
    }

    /// Percent-escapes separators, bytes that would end the literal and non-ASCII bytes.
    static func escape(_ text: String) -> String {
        var result = ""
        for byte in text.utf8 {
            if reservedBytes.contains(byte) || byte < 0x20 || byte >= 0x80 {
                let hex = String(byte, radix: 16, uppercase: true)
                result += "%" + (hex.count == 1 ? "0" + hex : hex)
            } else {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            }
        }
        return result
    }

    private static let reservedBytes: Set<UInt8> = Set("|= %!\"#\\[]{}@\n".utf8)
}
