import StackgenCore
import StackgenPropertyTable

/// Swift source text for model values, as `stackgen import` writes them.
enum SwiftLiteral {
    static func string(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    result += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    /// `references` spells a cross-stack output (a typed reference to the producer's handle).
    static func expression(_ value: Expr, indent: String, references: (OutputAddress) -> String) -> String {
        let inner = indent + "    "
        func nested(_ value: Expr) -> String { expression(value, indent: inner, references: references) }
        switch value {
        case .string(let text): return ".string(\(string(text)))"
        case .integer(let number): return ".integer(\(number))"
        case .number(let number): return ".number(\(number))"
        case .boolean(let flag): return ".boolean(\(flag))"
        case .null: return ".null"
        case .list(let items):
            guard !items.isEmpty else { return ".list([])" }
            return ".list([\n" + items.map { inner + nested($0) }.joined(separator: ",\n") + ",\n\(indent)])"
        case .concat(let items):
            return ".concat([" + items.map(nested).joined(separator: ", ") + "])"
        case .map(let fields):
            guard !fields.isEmpty else { return ".map([:])" }
            return ".map([\n" + fields.keys.sorted().map { "\(inner)\(string($0)): \(nested(fields[$0] ?? .null))" }
                .joined(separator: ",\n") + ",\n\(indent)])"
        case .ref(let address): return ".ref(\(self.address(address)))"
        case .getAtt(let address, let attribute): return ".getAtt(\(self.address(address)), attribute: \(string(attribute)))"
        case .pseudo(let pseudo): return ".pseudo(.\(String(describing: pseudo)))"
        case .output(let address): return references(address)
        case .sub(let text, let variables):
            return ".sub(\(string(text)), variables: \(dictionary(variables, indent: indent, references: references)))"
        case .importValue(let name): return ".importValue(\(string(name)))"
        case .conditionRef(let name): return ".conditionRef(\(string(name)))"
        case .if(let condition, let then, let otherwise):
            return ".if(condition: \(string(condition)), then: \(nested(then)), else: \(nested(otherwise)))"
        case .function(let name, let argument): return ".function(\(string(name)), \(nested(argument)))"
        }
    }

    static func dictionary(_ fields: [String: Expr], indent: String, references: (OutputAddress) -> String) -> String {
        guard !fields.isEmpty else { return "[:]" }
        let inner = indent + "    "
        return "[\n" + fields.keys.sorted().map {
            "\(inner)\(string($0)): \(expression(fields[$0] ?? .null, indent: inner, references: references))"
        }.joined(separator: ",\n") + ",\n\(indent)]"
    }

    /// Addresses inside one stack's file use its `name` constant.
    private static func address(_ address: Address) -> String {
        "Address(stack: name, logicalID: \(string(address.logicalID)), kind: .\(address.kind.rawValue))"
    }

    /// `eu-west-1` → `.euWest1`; a region stackgen does not know → `.custom("xx-new-1")`.
    static func region(_ name: String) -> String {
        PropertyTable.regionMember(name).map { ".\($0)" } ?? ".custom(\(string(name)))"
    }

    /// `AWS::EC2::KeyPair::KeyName` → `.keyPairName`, `List<AWS::EC2::Subnet::Id>` →
    /// `.listOf(.subnetID)`; a type `ParameterType` does not name → `.custom("…")`.
    static func parameterType(_ type: ParameterType) -> String {
        if let name = parameterTypeMembers[type.rawValue] { return ".\(name)" }
        for (prefix, function) in [("List<", "listOf"), ("AWS::SSM::Parameter::Value<", "ssmValue")]
        where type.rawValue.hasPrefix(prefix) && type.rawValue.hasSuffix(">") {
            let inner = parameterType(ParameterType(rawValue: String(type.rawValue.dropFirst(prefix.count).dropLast())))
            if !inner.hasPrefix(".custom") { return ".\(function)(\(inner))" }
        }
        return ".custom(\(string(type.rawValue)))"
    }

    /// `ParameterType`'s static members by raw value.
    private static let parameterTypeMembers: [String: String] = [
        "String": "string", "Number": "number", "CommaDelimitedList": "commaDelimitedList", "List<Number>": "listOfNumbers",
        "AWS::EC2::AvailabilityZone::Name": "availabilityZoneName", "AWS::EC2::Image::Id": "imageID",
        "AWS::EC2::Instance::Id": "instanceID", "AWS::EC2::KeyPair::KeyName": "keyPairName",
        "AWS::EC2::SecurityGroup::GroupName": "securityGroupName", "AWS::EC2::SecurityGroup::Id": "securityGroupID",
        "AWS::EC2::Subnet::Id": "subnetID", "AWS::EC2::Volume::Id": "volumeID", "AWS::EC2::VPC::Id": "vpcID",
        "AWS::Route53::HostedZone::Id": "hostedZoneID", "AWS::SSM::Parameter::Name": "ssmParameterName",
    ]

    /// `ai-bartender-datastore` → `AiBartenderDatastore`.
    static func typeName(_ text: String) -> String {
        let words = text.split { !($0.isLetter || $0.isNumber) || !$0.isASCII }
        let name = words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
        guard let first = name.first else { return "Imported" }
        return first.isNumber ? "S" + name : name
    }

    /// `ClusterEndpoint` → `clusterEndpoint`, escaped when it is a keyword.
    static func memberName(_ text: String) -> String {
        let type = typeName(text)
        let name = type.prefix(1).lowercased() + type.dropFirst()
        return keywords.contains(name) ? "`\(name)`" : name
    }

    /// A label as written at a call site: the catalog escapes keywords for its declarations
    /// (`` `protocol` ``), but an argument label needs backticks only for `inout`, `var` and
    /// `let`; swiftc warns about any other.
    static func argumentLabel(_ label: String) -> String {
        guard label.hasPrefix("`"), label.hasSuffix("`"), label.count > 2 else { return label }
        let bare = String(label.dropFirst().dropLast())
        return ["inout", "var", "let"].contains(bare) ? label : bare
    }

    private static let keywords: Set<String> = [
        "class", "default", "enum", "extension", "func", "import", "in", "init", "let", "operator", "protocol", "public",
        "return", "self", "static", "struct", "subscript", "super", "switch", "var", "where", "while", "if", "else",
        "for", "do", "try", "throw", "case", "is", "as", "nil", "true", "false", "internal", "private", "repeat",
    ]
}
