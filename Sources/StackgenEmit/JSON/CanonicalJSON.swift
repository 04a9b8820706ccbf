/// The one JSON writer for everything stackgen emits. Same value, same bytes:
///
/// - two-space indent, `"key": value`, one member per line, a trailing newline;
///   empty arrays and objects as `[]` and `{}`;
/// - objects in the order given (emitters sort map keys by UTF-8 bytes, see `keyOrder`);
/// - integers in decimal; other numbers in Swift's shortest round-trip form, which is the
///   same on every platform (`0.5`, `1e-05`); non-finite numbers, which JSON cannot hold,
///   as `null`;
/// - strings as UTF-8, escaping only `"`, `\`, the control characters U+0000–U+001F
///   (`\n`, `\t`, `\r`, `\b`, `\f`, else `\u00XX`), U+007F and the line separators
///   U+2028/U+2029 (`\u2028`), which some JavaScript readers reject; `/` is left alone so
///   ARNs and paths read as written.
public enum CanonicalJSON {
    public static func string(_ value: JSONValue) -> String {
        var output = ""
        write(value, indent: 0, into: &output)
        output.append("\n")
        return output
    }

    /// Key order inside maps: by UTF-8 bytes, independent of locale.
    public static func keyOrder(_ a: String, _ b: String) -> Bool {
        a.utf8.lexicographicallyPrecedes(b.utf8)
    }

    private static func write(_ value: JSONValue, indent: Int, into output: inout String) {
        switch value {
        case .string(let text): writeString(text, into: &output)
        case .integer(let number): output.append(String(number))
        case .number(let number): output.append(format(number))
        case .boolean(let flag): output.append(flag ? "true" : "false")
        case .null: output.append("null")
        case .array(let items):
            guard !items.isEmpty else { return output.append("[]") }
            output.append("[\n")
            for (index, item) in items.enumerated() {
                pad(indent + 1, &output)
                write(item, indent: indent + 1, into: &output)
                output.append(index == items.count - 1 ? "\n" : ",\n")
            }
            pad(indent, &output)
            output.append("]")
        case .object(let fields):
            guard !fields.isEmpty else { return output.append("{}") }
            output.append("{\n")
            for (index, (key, item)) in fields.enumerated() {
                pad(indent + 1, &output)
                writeString(key, into: &output)
                output.append(": ")
                write(item, indent: indent + 1, into: &output)
                output.append(index == fields.count - 1 ? "\n" : ",\n")
            }
            pad(indent, &output)
            output.append("}")
        }
    }

    static func format(_ number: Double) -> String {
        guard number.isFinite else { return "null" }
        if number == number.rounded(), abs(number) < 1e15 {
            // `1.0` rather than `1`, so a Number stays visibly a number.
            return String(Int(number)) + ".0"
        }
        return "\(number)"
    }

    private static func pad(_ level: Int, _ output: inout String) {
        output.append(String(repeating: "  ", count: level))
    }

    private static let hexDigits = Array("0123456789abcdef")

    static func writeString(_ text: String, into output: inout String) {
        output.append("\"")
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output.append("\\\"")
            case "\\": output.append("\\\\")
            case "\n": output.append("\\n")
            case "\r": output.append("\\r")
            case "\t": output.append("\\t")
            case "\u{08}": output.append("\\b")
            case "\u{0C}": output.append("\\f")
            case "\u{00}"..."\u{1F}", "\u{7F}", "\u{2028}", "\u{2029}":
                let value = Int(scalar.value)
                output.append("\\u")
                for shift in stride(from: 12, through: 0, by: -4) { output.append(hexDigits[(value >> shift) & 0xF]) }
            default: output.unicodeScalars.append(scalar)
            }
        }
        output.append("\"")
    }
}
