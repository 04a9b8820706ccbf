/// A position in a template's bytes with its line and column; the scanning primitives the
/// YAML parser is built on. Columns count characters (UTF-8 continuation bytes are skipped)
/// and start at 0 here, because YAML indentation compares them; errors report them 1-based.
struct YAMLCursor {
    let bytes: [UInt8]
    let file: String
    private(set) var offset = 0
    private(set) var line = 1
    private(set) var column = 0
    /// The line the last plain scalar ended on: scanning one also eats the line breaks
    /// after it (as PyYAML's scanner does), so the parser can tell it reached a new line.
    var plainEndLine = 0

    init(bytes: [UInt8], file: String) {
        self.bytes = bytes
        self.file = file
        // A UTF-8 byte order mark is not content.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { offset = 3 }
    }

    var isAtEnd: Bool { offset >= bytes.count }

    /// The byte `ahead` places on, 0 past the end (the YAML spec's end-of-stream marker).
    @inline(__always)
    func peek(_ ahead: Int = 0) -> UInt8 {
        let index = offset + ahead
        return index < bytes.count ? bytes[index] : 0
    }

    @inline(__always)
    mutating func forward(_ count: Int = 1) {
        for _ in 0..<count {
            guard offset < bytes.count else { return }
            let byte = bytes[offset]
            offset += 1
            if byte == .newline || (byte == .carriageReturn && peek() != .newline) {
                line += 1
                column = 0
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
    }

    /// Consumes one line break (`\n`, `\r\n` or `\r`); YAML reads all three as `\n`.
    mutating func scanLineBreak() -> Bool {
        switch peek() {
        case .carriageReturn:
            forward(peek(1) == .newline ? 2 : 1)
            return true
        case .newline:
            forward()
            return true
        default:
            return false
        }
    }

    func bytes(from start: Int) -> ArraySlice<UInt8> { bytes[start..<offset] }

    /// `---` or `...` at the start of a line, followed by a blank.
    var isAtDocumentMarker: Bool {
        guard column == 0 else { return false }
        let first = peek()
        guard first == .dash || first == .dot else { return false }
        return peek(1) == first && peek(2) == first && peek(3).isBlankOrEnd
    }

    func error(_ message: String, hint: String? = nil) -> ReadError {
        ReadError(file: file, line: line, column: column + 1, message: message, hint: hint)
    }

    func error(_ message: String, at mark: Mark, hint: String? = nil) -> ReadError {
        ReadError(file: file, line: mark.line, column: mark.column + 1, message: message, hint: hint)
    }

    /// Where a node starts, for the node and for errors about it.
    struct Mark {
        let line: Int
        let column: Int
    }

    var mark: Mark { Mark(line: line, column: column) }
}

extension UInt8 {
    static let newline: UInt8 = 0x0A
    static let carriageReturn: UInt8 = 0x0D
    static let space: UInt8 = 0x20
    static let tab: UInt8 = 0x09
    static let dash: UInt8 = 0x2D
    static let dot: UInt8 = 0x2E
    static let colon: UInt8 = 0x3A
    static let hash: UInt8 = 0x23
    static let comma: UInt8 = 0x2C
    static let question: UInt8 = 0x3F
    static let openBracket: UInt8 = 0x5B
    static let closeBracket: UInt8 = 0x5D
    static let openBrace: UInt8 = 0x7B
    static let closeBrace: UInt8 = 0x7D
    static let singleQuote: UInt8 = 0x27
    static let doubleQuote: UInt8 = 0x22
    static let backslash: UInt8 = 0x5C
    static let exclamation: UInt8 = 0x21
    static let ampersand: UInt8 = 0x26
    static let asterisk: UInt8 = 0x2A
    static let pipe: UInt8 = 0x7C
    static let greaterThan: UInt8 = 0x3E
    static let plus: UInt8 = 0x2B
    static let percent: UInt8 = 0x25
    static let at: UInt8 = 0x40
    static let backtick: UInt8 = 0x60

    var isBreak: Bool { self == .newline || self == .carriageReturn }
    var isBreakOrEnd: Bool { self == 0 || isBreak }
    /// Space, tab, line break or end of stream.
    var isBlankOrEnd: Bool { self == 0 || self == .space || self == .tab || isBreak }
    var isFlowIndicator: Bool {
        self == .comma || self == .openBracket || self == .closeBracket || self == .openBrace || self == .closeBrace
    }
    var isDigit: Bool { self >= 0x30 && self <= 0x39 }
}
