/// Block mappings and sequences.
extension YAMLParser {
    /// A mapping whose keys sit at `column`; the cursor is on its first key.
    mutating func parseBlockMapping(column: Int) throws(ReadError) -> TemplateNode {
        var builder = MappingBuilder(start: cursor.mark)
        while true {
            let keyMark = cursor.mark
            let key: TemplateNode
            let value: TemplateNode
            var isMerge = false
            if cursor.peek() == .question && cursor.peek(1).isBlankOrEnd {
                cursor.forward()
                key = try parseBlockNode(indent: column, inline: true, allowsCollection: true)
                try skipBlankLines()
                if cursor.column == column && cursor.peek() == .colon && cursor.peek(1).isBlankOrEnd {
                    cursor.forward()
                    value = try parseMappingValue(column: column)
                } else {
                    value = emptyNode()
                }
            } else {
                if isSequenceEntry {
                    throw cursor.error("expected a mapping key, found a sequence entry", hint: "indent the '- ' items under their key")
                }
                (key, isMerge) = try parseImplicitKey()
                while cursor.peek() == .space || cursor.peek() == .tab { cursor.forward() }
                guard cursor.peek() == .colon else {
                    throw cursor.error("could not find expected ':' after the mapping key", hint: "write 'key: value'")
                }
                cursor.forward()
                value = try parseMappingValue(column: column)
            }
            try builder.add(key: key, at: keyMark, value: value, isMerge: isMerge, file: cursor.file)
            try skipBlankLines()
            if cursor.isAtEnd || cursor.isAtDocumentMarker || cursor.column < column { break }
            guard cursor.column == column else { throw unexpectedIndentation() }
        }
        return try builder.node(file: cursor.file)
    }

    private mutating func parseMappingValue(column: Int) throws(ReadError) -> TemplateNode {
        skipToLineEnd()
        if cursor.peek().isBreakOrEnd {
            return try parseBlockNode(indent: column, inline: false, allowsCollection: true, sameColumnSequence: true)
        }
        return try parseBlockNode(indent: column, inline: true, allowsCollection: false, sameColumnSequence: true)
    }

    /// A sequence whose `- ` sit at `column`; the cursor is on the first dash.
    mutating func parseBlockSequence(column: Int) throws(ReadError) -> TemplateNode {
        let start = cursor.mark
        var items: [TemplateNode] = []
        while true {
            cursor.forward()
            items.append(try parseBlockNode(indent: column, inline: true, allowsCollection: true))
            try skipBlankLines()
            if cursor.isAtEnd || cursor.isAtDocumentMarker || cursor.column < column { break }
            if cursor.column == column {
                // The next key of a mapping whose value this sequence was ends it.
                guard isSequenceEntry else { break }
                continue
            }
            throw unexpectedIndentation()
        }
        return node(.sequence(items), at: start)
    }

    func unexpectedIndentation() -> ReadError {
        cursor.error(
            "unexpected indentation: this line is deeper than the entries above it",
            hint: "align it with its siblings, or quote a value that continues over lines")
    }

    /// Whether the cursor's line starts with a single-line key followed by `: `.
    func startsImplicitKey() -> Bool {
        var index = cursor.offset
        let bytes = cursor.bytes
        func at(_ i: Int) -> UInt8 { i < bytes.count ? bytes[i] : 0 }
        let first = at(index)
        if first == .singleQuote || first == .doubleQuote {
            index += 1
            while true {
                let byte = at(index)
                if byte.isBreakOrEnd { return false }
                if byte == first {
                    if first == .singleQuote && at(index + 1) == .singleQuote {
                        index += 2
                        continue
                    }
                    break
                }
                index += byte == .backslash && first == .doubleQuote ? 2 : 1
            }
            index += 1
            while at(index) == .space || at(index) == .tab { index += 1 }
            return at(index) == .colon && at(index + 1).isBlankOrEnd
        }
        if first == .openBracket || first == .openBrace || first == .hash || first.isBlankOrEnd { return false }
        var previous: UInt8 = 0
        while true {
            let byte = at(index)
            if byte.isBreakOrEnd { return false }
            if byte == .hash && (previous == .space || previous == .tab) { return false }
            if byte == .colon && at(index + 1).isBlankOrEnd { return true }
            previous = byte
            index += 1
        }
    }

    /// A key on one line: quoted, plain (resolved as YAML 1.1, like PyYAML) or an alias.
    private mutating func parseImplicitKey() throws(ReadError) -> (TemplateNode, isMerge: Bool) {
        let start = cursor.mark
        switch cursor.peek() {
        case .singleQuote, .doubleQuote:
            let text = try cursor.scanQuoted()
            return (node(.string(String(decoding: text, as: UTF8.self)), at: start), false)
        case .asterisk:
            return (try parseAlias(), false)
        default:
            try checkPlainStart()
            let text = String(decoding: cursor.scanPlain(indent: Int.max, inFlow: false), as: UTF8.self)
            return (node(ScalarResolver.resolve(text), at: start), text == "<<")
        }
    }
}
