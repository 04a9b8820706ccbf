/// What an untagged plain scalar means under YAML 1.1, the schema PyYAML (and so cfn-lint,
/// and so CloudFormation users' expectations) applies: `yes`/`off` are booleans, `0644` is
/// octal, `1:30` is sexagesimal, `2010-09-09` is a date (kept as its text, as cfn-lint
/// writes dates back).
enum ScalarResolver {
    static func resolve(_ text: String) -> TemplateNode.Value {
        let bytes = Array(text.utf8)
        guard let first = bytes.first else { return .null }
        switch first {
        case 0x7E where bytes.count == 1: return .null
        case 0x6E, 0x4E:  // n N
            if text == "null" || text == "Null" || text == "NULL" { return .null }
            if text == "no" || text == "No" || text == "NO" { return .boolean(false) }
        case 0x79, 0x59:  // y Y
            if text == "yes" || text == "Yes" || text == "YES" { return .boolean(true) }
        case 0x74, 0x54:  // t T
            if text == "true" || text == "True" || text == "TRUE" { return .boolean(true) }
        case 0x66, 0x46:  // f F
            if text == "false" || text == "False" || text == "FALSE" { return .boolean(false) }
        case 0x6F, 0x4F:  // o O
            if text == "on" || text == "On" || text == "ON" { return .boolean(true) }
            if text == "off" || text == "Off" || text == "OFF" { return .boolean(false) }
        case 0x2D, 0x2B, 0x2E, 0x30...0x39:
            if let value = integer(bytes) ?? float(bytes) { return value }
        default:
            break
        }
        return .string(text)
    }

    /// `[-+]?(0b[01_]+ | 0[0-7_]+ | 0 | [1-9][0-9_]* | 0x[0-9a-fA-F_]+ | [1-9][0-9_]*(:[0-5]?[0-9])+)`
    static func integer(_ bytes: [UInt8]) -> TemplateNode.Value? {
        var negative = false
        var body = bytes[...]
        if let sign = body.first, sign == .dash || sign == .plus {
            negative = sign == .dash
            body = body.dropFirst()
        }
        guard let first = body.first, first.isDigit else { return nil }
        let digits = body.filter { $0 != 0x5F }
        var value: Int?
        if body.count == 1 && first == 0x30 {
            value = 0
        } else if body.starts(with: [0x30, 0x62]) {
            guard body.count > 2, body.dropFirst(2).allSatisfy({ $0 == 0x30 || $0 == 0x31 || $0 == 0x5F }) else { return nil }
            value = parse(digits.dropFirst(2), radix: 2)
        } else if body.starts(with: [0x30, 0x78]) {
            guard body.count > 2, body.dropFirst(2).allSatisfy({ hexDigit($0) || $0 == 0x5F }) else { return nil }
            value = parse(digits.dropFirst(2), radix: 16)
        } else if first == 0x30 {
            guard body.dropFirst().allSatisfy({ ($0 >= 0x30 && $0 <= 0x37) || $0 == 0x5F }) else { return nil }
            value = digits.count == 1 ? 0 : parse(digits.dropFirst(), radix: 8)
        } else if body.allSatisfy({ $0.isDigit || $0 == 0x5F }) {
            value = parse(digits[...], radix: 10)
            if value == nil, let big = Double(String(decoding: digits, as: UTF8.self)) {
                return .float(negative ? -big : big)
            }
        } else if let sexagesimal = sexagesimal(body) {
            value = sexagesimal
        } else {
            return nil
        }
        guard let value else { return nil }
        return .integer(negative ? -value : value)
    }

    /// `1:30:00` = 5400: base-60 groups after a decimal head.
    private static func sexagesimal(_ body: ArraySlice<UInt8>) -> Int? {
        let groups = body.split(separator: .colon, omittingEmptySubsequences: false)
        guard groups.count > 1, let head = groups.first, let headFirst = head.first, headFirst != 0x30,
            head.allSatisfy({ $0.isDigit || $0 == 0x5F })
        else { return nil }
        var total = parse(head.filter { $0 != 0x5F }[...], radix: 10) ?? 0
        for group in groups.dropFirst() {
            guard (1...2).contains(group.count), group.allSatisfy(\.isDigit),
                group.count == 1 || (group.first ?? 0x39) <= 0x35,
                let part = parse(group, radix: 10)
            else { return nil }
            total = total * 60 + part
        }
        return total
    }

    /// `[-+]?[0-9][0-9_]*\.[0-9_]*([eE][-+][0-9]+)? | \.[0-9_]+([eE][-+][0-9]+)? | [-+]?\.(inf|Inf|INF) | \.(nan|NaN|NAN)`
    static func float(_ bytes: [UInt8]) -> TemplateNode.Value? {
        let text = String(decoding: bytes, as: UTF8.self)
        switch text {
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .float(.infinity)
        case "-.inf", "-.Inf", "-.INF": return .float(-.infinity)
        case ".nan", ".NaN", ".NAN": return .float(.nan)
        default: break
        }
        var body = bytes[...]
        let signed = body.first == .dash || body.first == .plus
        if signed { body = body.dropFirst() }
        guard let first = body.first else { return nil }
        var index = body.startIndex
        if first == .dot {
            guard !signed else { return nil }
        } else {
            guard first.isDigit else { return nil }
            while index < body.endIndex && (body[index].isDigit || body[index] == 0x5F) { index += 1 }
            guard index < body.endIndex, body[index] == .dot else { return nil }
        }
        index += 1
        let fractionStart = index
        while index < body.endIndex && (body[index].isDigit || body[index] == 0x5F) { index += 1 }
        if first == .dot && index == fractionStart { return nil }
        if index < body.endIndex {
            guard body[index] == 0x65 || body[index] == 0x45, index + 2 < body.endIndex,
                body[index + 1] == .plus || body[index + 1] == .dash,
                body[(index + 2)...].allSatisfy(\.isDigit)
            else { return nil }
        }
        let cleaned = String(decoding: bytes.filter { $0 != 0x5F }, as: UTF8.self)
        return Double(cleaned).map(TemplateNode.Value.float)
    }

    private static func hexDigit(_ byte: UInt8) -> Bool {
        byte.isDigit || (byte >= 0x41 && byte <= 0x46) || (byte >= 0x61 && byte <= 0x66)
    }

    private static func parse(_ digits: some Collection<UInt8>, radix: Int) -> Int? {
        guard !digits.isEmpty else { return nil }
        return Int(String(decoding: digits, as: UTF8.self), radix: radix)
    }
}
