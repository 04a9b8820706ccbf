/// `|` and `>` scalars with chomping (`-`, `+`) and indentation indicators, as PyYAML
/// scans them.
extension YAMLCursor {
    /// The indicator under the cursor; `indent` is the enclosing block collection's column.
    mutating func scanBlockScalar(indent: Int) throws(ReadError) -> [UInt8] {
        let folded = peek() == .greaterThan
        forward()
        var chomping: Bool?  // nil: clip, false: strip, true: keep
        var increment: Int?
        for _ in 0..<2 {
            let byte = peek()
            if (byte == .plus || byte == .dash) && chomping == nil {
                chomping = byte == .plus
                forward()
            } else if byte.isDigit && increment == nil {
                guard byte != 0x30 else {
                    throw error("expected an indentation indicator in the range 1-9, but found 0")
                }
                increment = Int(byte - 0x30)
                forward()
            }
        }
        while peek() == .space || peek() == .tab { forward() }
        if peek() == .hash { while !peek().isBreakOrEnd { forward() } }
        guard peek().isBreakOrEnd else {
            throw error("expected a comment or a line break after the block scalar indicator")
        }
        _ = scanLineBreak()

        let minimum = max(indent + 1, 1)
        var breaks: Int
        let contentIndent: Int
        if let increment {
            contentIndent = minimum + increment - 1
            breaks = scanBlockBreaks(indent: contentIndent)
        } else {
            var maximum = 0
            breaks = 0
            while peek() == .space || peek().isBreak {
                if peek() == .space {
                    forward()
                    maximum = max(maximum, column)
                } else {
                    _ = scanLineBreak()
                    breaks += 1
                }
            }
            contentIndent = max(minimum, maximum)
        }

        var chunks: [UInt8] = []
        var lineBreak = false
        while column == contentIndent && !isAtEnd {
            chunks.append(contentsOf: repeatElement(.newline, count: breaks))
            let leadingNonSpace = peek() != .space && peek() != .tab
            let start = offset
            while !peek().isBreakOrEnd { forward() }
            chunks.append(contentsOf: bytes[start..<offset])
            lineBreak = scanLineBreak()
            breaks = scanBlockBreaks(indent: contentIndent)
            guard column == contentIndent && !isAtEnd else { break }
            if folded && lineBreak && leadingNonSpace && peek() != .space && peek() != .tab {
                if breaks == 0 { chunks.append(.space) }
            } else if lineBreak {
                chunks.append(.newline)
            }
        }
        if chomping != false && lineBreak { chunks.append(.newline) }
        if chomping == true { chunks.append(contentsOf: repeatElement(.newline, count: breaks)) }
        return chunks
    }

    private mutating func scanBlockBreaks(indent: Int) -> Int {
        var breaks = 0
        while column < indent && peek() == .space { forward() }
        while peek().isBreak {
            _ = scanLineBreak()
            breaks += 1
            while column < indent && peek() == .space { forward() }
        }
        return breaks
    }
}
