/// The tree as Python's `json.dumps(tree, sort_keys=True, indent=1)` writes it (ASCII only,
/// `\uXXXX` escapes): the exact form of cfn-lint's reference decodings, so a reader test can
/// compare bytes, and the cfn-lint judge script can compare with the pinned decoder.
public enum PythonJSON {
    public static func string(_ node: TemplateNode) -> String {
        var out: [UInt8] = []
        write(node, indent: 0, into: &out)
        out.append(.newline)
        return String(decoding: out, as: UTF8.self)
    }

    private static func write(_ node: TemplateNode, indent: Int, into out: inout [UInt8]) {
        switch node.value {
        case .string(let text): writeString(text, into: &out)
        case .integer(let number): out.append(contentsOf: String(number).utf8)
        case .float(let number): out.append(contentsOf: float(number).utf8)
        case .boolean(let flag): out.append(contentsOf: (flag ? "true" : "false").utf8)
        case .null: out.append(contentsOf: "null".utf8)
        case .sequence(let items):
            guard !items.isEmpty else { return out.append(contentsOf: "[]".utf8) }
            out.append(.openBracket)
            for (index, item) in items.enumerated() {
                if index > 0 { out.append(.comma) }
                newline(indent + 1, into: &out)
                write(item, indent: indent + 1, into: &out)
            }
            newline(indent, into: &out)
            out.append(.closeBracket)
        case .mapping(let entries):
            guard !entries.isEmpty else { return out.append(contentsOf: "{}".utf8) }
            out.append(.openBrace)
            let sorted = entries.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
            for (index, entry) in sorted.enumerated() {
                if index > 0 { out.append(.comma) }
                newline(indent + 1, into: &out)
                writeString(entry.key, into: &out)
                out.append(contentsOf: ": ".utf8)
                write(entry.value, indent: indent + 1, into: &out)
            }
            newline(indent, into: &out)
            out.append(.closeBrace)
        }
    }

    private static func newline(_ indent: Int, into out: inout [UInt8]) {
        out.append(.newline)
        out.append(contentsOf: repeatElement(.space, count: indent))
    }

    /// Python's `repr` of a float: shortest round-trip digits, `.0` on whole numbers.
    public static func float(_ number: Double) -> String {
        if number.isNaN { return "NaN" }
        if number.isInfinite { return number < 0 ? "-Infinity" : "Infinity" }
        return number.description
    }

    private static func writeString(_ text: String, into out: inout [UInt8]) {
        out.append(.doubleQuote)
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x22: out.append(contentsOf: "\\\"".utf8)
            case 0x5C: out.append(contentsOf: "\\\\".utf8)
            case 0x0A: out.append(contentsOf: "\\n".utf8)
            case 0x0D: out.append(contentsOf: "\\r".utf8)
            case 0x09: out.append(contentsOf: "\\t".utf8)
            case 0x08: out.append(contentsOf: "\\b".utf8)
            case 0x0C: out.append(contentsOf: "\\f".utf8)
            case 0x20...0x7E: out.append(UInt8(scalar.value))
            case 0x10000...:
                let value = scalar.value - 0x10000
                escape(0xD800 + (value >> 10), into: &out)
                escape(0xDC00 + (value & 0x3FF), into: &out)
            default: escape(scalar.value, into: &out)
            }
        }
        out.append(.doubleQuote)
    }

    private static func escape(_ code: UInt32, into out: inout [UInt8]) {
        let digits = Array("0123456789abcdef".utf8)
        out.append(contentsOf: "\\u".utf8)
        for shift in stride(from: 12, through: 0, by: -4) { out.append(digits[Int((code >> UInt32(shift)) & 0xF)]) }
    }
}
