import StackgenCore

/// The CloudFormation JSON shape of a resolved `Expr`, one level deep: children stay
/// `.expression` and the writer streams them. By now every reference is local to the stack
/// being emitted, or an `Fn::ImportValue`.
enum ExprEncoder {
    static func encode(_ expression: Expr) -> JSONValue {
        switch expression {
        case .string(let text): return .string(text)
        case .integer(let number): return .integer(number)
        case .number(let number): return .number(number)
        case .boolean(let flag): return .boolean(flag)
        case .null: return .null
        case .list(let items): return .array(items.map(JSONValue.expression))
        case .map(let fields):
            return .object(fields.sorted { CanonicalJSON.keyOrder($0.key, $1.key) }.map { ($0.key, .expression($0.value)) })
        case .ref(let address): return .object([("Ref", .string(address.logicalID))])
        case .getAtt(let address, let attribute):
            return .object([("Fn::GetAtt", .array([.string(address.logicalID), .string(attribute)]))])
        case .pseudo(let pseudo): return .object([("Ref", .string(pseudo.rawValue))])
        case .output(let address):
            // The resolver replaces every use of an output; one left here is a resolver bug,
            // but writing the key keeps the template inspectable instead of trapping.
            return .object([("Ref", .string(address.key))])
        case .concat(let parts): return encodeConcat(parts)
        case .sub(let text, let variables):
            if variables.isEmpty { return .object([("Fn::Sub", .string(text))]) }
            return .object([("Fn::Sub", .array([.string(text), .sortedObject(variables.mapValues(JSONValue.expression))]))])
        case .importValue(let name): return .object([("Fn::ImportValue", .string(name))])
        case .conditionRef(let name): return .object([("Condition", .string(name))])
        case .if(let condition, let then, let otherwise):
            return .object([("Fn::If", .array([.string(condition), .expression(then), .expression(otherwise)]))])
        case .function(let name, let argument):
            return .object([("Fn::\(name)", .expression(argument))])
        }
    }

    /// Interpolated text reads best as `Fn::Sub`; that works while every part is a literal,
    /// a local `Ref`/`GetAtt` or a pseudo parameter. Anything else (an import, an `Fn::If`)
    /// goes through `Fn::Join`.
    private static func encodeConcat(_ parts: [Expr]) -> JSONValue {
        if let template = subTemplate(parts) { return .object([("Fn::Sub", .string(template))]) }
        return .object([("Fn::Join", .array([.string(""), .array(parts.map(JSONValue.expression))]))])
    }

    /// The `Fn::Sub` text for interpolated parts, or nil when a part cannot be named in it.
    static func subTemplate(_ parts: [Expr]) -> String? {
        var template = ""
        for part in parts {
            switch part {
            case .string(let text): template += escapingSubVariables(text)
            case .ref(let address): template += "${\(address.logicalID)}"
            case .getAtt(let address, let attribute): template += "${\(address.logicalID).\(attribute)}"
            case .pseudo(let pseudo): template += "${\(pseudo.rawValue)}"
            default: return nil
            }
        }
        return template
    }

    /// A literal `${` in `Fn::Sub` text is written `${!`. Scans bytes: this runs for every
    /// literal part of every interpolated string.
    private static func escapingSubVariables(_ text: String) -> String {
        var previousIsDollar = false
        for byte in text.utf8 {
            if previousIsDollar && byte == UInt8(ascii: "{") { return text.replacing("${", with: "${!") }
            previousIsDollar = byte == UInt8(ascii: "$")
        }
        return text
    }
}
