/// Scalar scanning, following PyYAML's scanner line by line (cfn-lint decodes with PyYAML,
/// and matching its folding rules exactly is what makes our trees equal to its trees).
extension YAMLCursor {
    /// A plain scalar; `indent` is the enclosing block collection's column (-1 at the top):
    /// in block context a continuation line must be indented further.
    mutating func scanPlain(indent: Int, inFlow: Bool) -> [UInt8] {
        var chunks: [UInt8] = []
        var spaces: [UInt8] = []
        while true {
            if peek() == .hash { break }
            var length = 0
            while true {
                let byte = peek(length)
                if byte.isBlankOrEnd { break }
                if byte == .colon {
                    let next = peek(length + 1)
                    if next.isBlankOrEnd || (inFlow && next.isFlowIndicator) { break }
                }
                if inFlow && (byte.isFlowIndicator || byte == .question) { break }
                length += 1
            }
            if length == 0 { break }
            chunks.append(contentsOf: spaces)
            chunks.append(contentsOf: bytes[offset..<offset + length])
            forward(length)
            plainEndLine = line
            guard let more = scanPlainSpaces() else { break }
            spaces = more
            if spaces.isEmpty || peek() == .hash || (!inFlow && column <= indent) { break }
        }
        return chunks
    }

    /// The spaces and line breaks after a word of a plain scalar, folded; nil when a
    /// document marker ends the scalar.
    private mutating func scanPlainSpaces() -> [UInt8]? {
        var length = 0
        while peek(length) == .space { length += 1 }
        let whitespace = bytes[offset..<offset + length]
        forward(length)
        guard peek().isBreak else { return Array(whitespace) }
        _ = scanLineBreak()
        if isAtDocumentMarker { return nil }
        var breaks = 0
        while peek() == .space || peek().isBreak {
            if peek() == .space {
                forward()
            } else {
                _ = scanLineBreak()
                breaks += 1
                if isAtDocumentMarker { return nil }
            }
        }
        return breaks == 0 ? [.space] : [UInt8](repeating: .newline, count: breaks)
    }

    /// A single- or double-quoted scalar, the quote under the cursor.
    mutating func scanQuoted() throws(ReadError) -> [UInt8] {
        let start = mark
        let quote = peek()
        let double = quote == .doubleQuote
        forward()
        var chunks: [UInt8] = []
        try scanQuotedNonSpaces(double: double, into: &chunks, start: start)
        while peek() != quote {
            try scanQuotedSpaces(into: &chunks, start: start)
            try scanQuotedNonSpaces(double: double, into: &chunks, start: start)
        }
        forward()
        return chunks
    }

    private mutating func scanQuotedNonSpaces(double: Bool, into chunks: inout [UInt8], start: Mark) throws(ReadError) {
        while true {
            var length = 0
            while true {
                let byte = peek(length)
                if byte == .singleQuote || byte == .doubleQuote || byte == .backslash || byte.isBlankOrEnd { break }
                length += 1
            }
            chunks.append(contentsOf: bytes[offset..<offset + length])
            forward(length)
            let byte = peek()
            if !double && byte == .singleQuote && peek(1) == .singleQuote {
                chunks.append(.singleQuote)
                forward(2)
            } else if (double && byte == .singleQuote) || (!double && (byte == .doubleQuote || byte == .backslash)) {
                chunks.append(byte)
                forward()
            } else if double && byte == .backslash {
                forward()
                try scanEscape(into: &chunks)
            } else {
                return
            }
        }
    }

    private mutating func scanEscape(into chunks: inout [UInt8]) throws(ReadError) {
        let byte = peek()
        if let replacement = Self.escapes[byte] {
            chunks.append(contentsOf: replacement)
            forward()
        } else if let digits = byte == 0x78 ? 2 : byte == 0x75 ? 4 : byte == 0x55 ? 8 : nil {
            forward()
            var code: UInt32 = 0
            for index in 0..<digits {
                guard let digit = Self.hexValue(peek(index)) else {
                    throw error("expected escape sequence of \(digits) hexadecimal numbers")
                }
                code = code &* 16 &+ UInt32(digit)
            }
            guard let scalar = Unicode.Scalar(code) else { throw error("invalid Unicode escape") }
            chunks.append(contentsOf: Array(String(Character(scalar)).utf8))
            forward(digits)
        } else if byte.isBreak {
            _ = scanLineBreak()
            chunks.append(contentsOf: try scanQuotedBreaks())
        } else {
            throw error(
                "found unknown escape character '\\\(String(decoding: [byte], as: UTF8.self))'",
                hint: "write '\\\\' for a backslash, or use a single-quoted string")
        }
    }

    private mutating func scanQuotedSpaces(into chunks: inout [UInt8], start: Mark) throws(ReadError) {
        var length = 0
        while peek(length) == .space || peek(length) == .tab { length += 1 }
        let whitespace = bytes[offset..<offset + length]
        forward(length)
        let byte = peek()
        if byte == 0 && isAtEnd {
            throw error("found unexpected end of stream in a quoted scalar", at: start, hint: "close the quote")
        } else if byte.isBreak {
            _ = scanLineBreak()
            let breaks = try scanQuotedBreaks()
            if breaks.isEmpty { chunks.append(.space) } else { chunks.append(contentsOf: breaks) }
        } else {
            chunks.append(contentsOf: whitespace)
        }
    }

    private mutating func scanQuotedBreaks() throws(ReadError) -> [UInt8] {
        var breaks: [UInt8] = []
        while true {
            if isAtDocumentMarker { throw error("found unexpected document separator in a quoted scalar") }
            while peek() == .space || peek() == .tab { forward() }
            guard peek().isBreak else { return breaks }
            _ = scanLineBreak()
            breaks.append(.newline)
        }
    }

    private static let escapes: [UInt8: [UInt8]] = [
        0x30: [0], 0x61: [7], 0x62: [8], 0x74: [9], 0x09: [9], 0x6E: [10], 0x76: [11], 0x66: [12],
        0x72: [13], 0x65: [27], 0x20: [0x20], 0x22: [0x22], 0x2F: [0x2F], 0x5C: [0x5C],
        0x4E: [0xC2, 0x85], 0x5F: [0xC2, 0xA0], 0x4C: [0xE2, 0x80, 0xA8], 0x50: [0xE2, 0x80, 0xA9],
    ]

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: byte - 0x30
        case 0x41...0x46: byte - 0x41 + 10
        case 0x61...0x66: byte - 0x61 + 10
        default: nil
        }
    }
}
