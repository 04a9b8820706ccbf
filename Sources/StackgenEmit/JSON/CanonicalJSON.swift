import StackgenCore

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
        var output: [UInt8] = []
        output.reserveCapacity(4096)
        write(value, indent: 0, into: &output)
        output.append(UInt8(ascii: "\n"))
        return String(decoding: output, as: UTF8.self)
    }

    /// Key order inside maps: by UTF-8 bytes, independent of locale.
    public static func keyOrder(_ a: String, _ b: String) -> Bool {
        var a = a
        var b = b
        // Compare raw UTF-8 buffers: the generic sequence comparison is the slow part of
        // sorting every property map of every template.
        return a.withUTF8 { left in
            b.withUTF8 { right in
                for index in 0..<min(left.count, right.count) where left[index] != right[index] {
                    return left[index] < right[index]
                }
                return left.count < right.count
            }
        }
    }

    // Bytes, not Characters: the writer runs over every template of every app, and
    // appending UTF-8 to a byte buffer is several times faster than building a String.
    private static func write(_ value: JSONValue, indent: Int, into output: inout [UInt8]) {
        switch value {
        case .string(let text): writeString(text, into: &output)
        case .integer(let number): output.append(contentsOf: String(number).utf8)
        case .number(let number): output.append(contentsOf: format(number).utf8)
        case .boolean(let flag): output.append(contentsOf: (flag ? "true" : "false").utf8)
        case .null: output.append(contentsOf: "null".utf8)
        case .expression(let expression): writeExpression(expression, indent: indent, into: &output)
        case .array(let items):
            writeMembers(items, brackets: ("[", "]"), indent: indent, into: &output) { item, output in
                write(item, indent: indent + 1, into: &output)
            }
        case .object(let fields):
            writeMembers(fields, brackets: ("{", "}"), indent: indent, into: &output) { field, output in
                writeKey(field.0, into: &output)
                write(field.1, indent: indent + 1, into: &output)
            }
        }
    }

    /// One member per line between brackets, commas between; `[]`/`{}` when empty.
    private static func writeMembers<Members: Collection>(
        _ members: Members, brackets: (Unicode.Scalar, Unicode.Scalar), indent: Int, into output: inout [UInt8],
        member: (Members.Element, inout [UInt8]) -> Void
    ) {
        output.append(UInt8(ascii: brackets.0))
        guard !members.isEmpty else { return output.append(UInt8(ascii: brackets.1)) }
        output.append(UInt8(ascii: "\n"))
        var remaining = members.count
        for element in members {
            pad(indent + 1, &output)
            member(element, &output)
            remaining -= 1
            if remaining > 0 { output.append(UInt8(ascii: ",")) }
            output.append(UInt8(ascii: "\n"))
        }
        pad(indent, &output)
        output.append(UInt8(ascii: brackets.1))
    }

    private static func writeKey(_ key: String, into output: inout [UInt8]) {
        writeString(key, into: &output)
        output.append(contentsOf: ": ".utf8)
    }

    /// Scalars, lists and maps are streamed; intrinsics go through their shallow shape.
    private static func writeExpression(_ expression: Expr, indent: Int, into output: inout [UInt8]) {
        switch expression {
        case .string(let text): writeString(text, into: &output)
        case .integer(let number): output.append(contentsOf: String(number).utf8)
        case .number(let number): output.append(contentsOf: format(number).utf8)
        case .boolean(let flag): output.append(contentsOf: (flag ? "true" : "false").utf8)
        case .null: output.append(contentsOf: "null".utf8)
        case .list(let items):
            writeMembers(items, brackets: ("[", "]"), indent: indent, into: &output) { item, output in
                writeExpression(item, indent: indent + 1, into: &output)
            }
        case .map(let fields):
            let writeField = { (field: (key: String, value: Expr), output: inout [UInt8]) in
                writeKey(field.key, into: &output)
                writeExpression(field.value, indent: indent + 1, into: &output)
            }
            // A map of one key has one order; only larger maps pay for a sorted copy.
            if fields.count < 2 {
                writeMembers(fields, brackets: ("{", "}"), indent: indent, into: &output, member: writeField)
            } else {
                let sorted = fields.sorted { keyOrder($0.key, $1.key) }
                writeMembers(sorted, brackets: ("{", "}"), indent: indent, into: &output, member: writeField)
            }
        // The most common intrinsics are written directly; the rest take their shape
        // from `ExprEncoder`. Both spell the same bytes (the emitter tests compare them).
        case .ref(let address):
            writeSingleField("Ref", indent: indent, into: &output) { writeString(address.logicalID, into: &$0) }
        case .pseudo(let pseudo):
            writeSingleField("Ref", indent: indent, into: &output) { writeString(pseudo.rawValue, into: &$0) }
        case .importValue(let name):
            writeSingleField("Fn::ImportValue", indent: indent, into: &output) { writeString(name, into: &$0) }
        case .concat(let parts):
            guard let template = ExprEncoder.subTemplate(parts) else { fallthrough }
            writeSingleField("Fn::Sub", indent: indent, into: &output) { writeString(template, into: &$0) }
        default:
            write(ExprEncoder.encode(expression), indent: indent, into: &output)
        }
    }

    /// `{"key": value}` at the given indent, the value written by `value`.
    private static func writeSingleField(
        _ key: String, indent: Int, into output: inout [UInt8], value: (inout [UInt8]) -> Void
    ) {
        output.append(contentsOf: "{\n".utf8)
        pad(indent + 1, &output)
        writeKey(key, into: &output)
        value(&output)
        output.append(UInt8(ascii: "\n"))
        pad(indent, &output)
        output.append(UInt8(ascii: "}"))
    }

    static func format(_ number: Double) -> String {
        guard number.isFinite else { return "null" }
        if number == number.rounded(), abs(number) < 1e15 {
            // `1.0` rather than `1`, so a Number stays visibly a number.
            return String(Int(number)) + ".0"
        }
        return "\(number)"
    }

    private static let spaces = [UInt8](repeating: UInt8(ascii: " "), count: 128)

    private static func pad(_ level: Int, _ output: inout [UInt8]) {
        var remaining = level * 2
        while remaining > 0 {
            let count = min(remaining, spaces.count)
            output.append(contentsOf: spaces[0..<count])
            remaining -= count
        }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    static func writeString(_ text: String, into output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        let bytes = text.utf8
        // Most strings need no escape at all: copy them in one go.
        let copied: Bool? = bytes.withContiguousStorageIfAvailable { buffer in
            for byte in buffer where byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F || byte == 0xE2 {
                return false
            }
            output.append(contentsOf: buffer)
            return true
        }
        if copied == true {
            output.append(UInt8(ascii: "\""))
            return
        }
        var index = bytes.startIndex
        while index != bytes.endIndex {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""): output.append(contentsOf: "\\\"".utf8)
            case UInt8(ascii: "\\"): output.append(contentsOf: "\\\\".utf8)
            case 0x0A: output.append(contentsOf: "\\n".utf8)
            case 0x0D: output.append(contentsOf: "\\r".utf8)
            case 0x09: output.append(contentsOf: "\\t".utf8)
            case 0x08: output.append(contentsOf: "\\b".utf8)
            case 0x0C: output.append(contentsOf: "\\f".utf8)
            case 0x00...0x1F, 0x7F: escape(Int(byte), into: &output)
            case 0xE2:
                // U+2028 and U+2029 are E2 80 A8 and E2 80 A9 in UTF-8.
                let second = bytes.index(after: index)
                if second != bytes.endIndex, bytes[second] == 0x80 {
                    let third = bytes.index(after: second)
                    if third != bytes.endIndex, bytes[third] == 0xA8 || bytes[third] == 0xA9 {
                        escape(bytes[third] == 0xA8 ? 0x2028 : 0x2029, into: &output)
                        index = bytes.index(after: third)
                        continue
                    }
                }
                output.append(byte)
            default: output.append(byte)
            }
            index = bytes.index(after: index)
        }
        output.append(UInt8(ascii: "\""))
    }

    private static func escape(_ value: Int, into output: inout [UInt8]) {
        output.append(contentsOf: "\\u".utf8)
        for shift in stride(from: 12, through: 0, by: -4) { output.append(hexDigits[(value >> shift) & 0xF]) }
    }
}
