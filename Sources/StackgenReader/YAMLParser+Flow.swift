/// Flow collections (`[a, b]`, `{k: v}`), which is also how JSON templates are read.
extension YAMLParser {
    /// The cursor is on `[` or `{`.
    mutating func parseFlowCollection() throws(ReadError) -> TemplateNode {
        let start = cursor.mark
        let isSequence = cursor.peek() == .openBracket
        let closing: UInt8 = isSequence ? .closeBracket : .closeBrace
        cursor.forward()
        flowLevel += 1
        defer { flowLevel -= 1 }
        var items: [TemplateNode] = []
        var builder = MappingBuilder(start: start)
        while true {
            try skipBlankLines()
            if cursor.peek() == closing {
                cursor.forward()
                break
            }
            let entryMark = cursor.mark
            var key: TemplateNode
            var value: TemplateNode?
            if cursor.peek() == .question && cursor.peek(1).isBlankOrEnd {
                cursor.forward()
                key = try parseFlowNode()
                try skipBlankLines()
                value = cursor.peek() == .colon ? try parseFlowValue() : emptyNode()
            } else {
                key = try parseFlowNode()
                try skipBlankLines()
                if cursor.peek() == .colon { value = try parseFlowValue() }
            }
            if isSequence {
                if let value {
                    // `[k: v]` is a list holding a one-key map.
                    var pair = MappingBuilder(start: entryMark)
                    try pair.add(key: key, at: entryMark, value: value, isMerge: false, file: cursor.file)
                    key = try pair.node(file: cursor.file)
                }
                items.append(key)
            } else {
                let isMerge = key.string == "<<"
                try builder.add(key: key, at: entryMark, value: value ?? emptyNode(), isMerge: isMerge, file: cursor.file)
            }
            try skipBlankLines()
            if cursor.peek() == .comma {
                cursor.forward()
            } else if cursor.peek() != closing {
                let expected = isSequence ? "',' or ']'" : "',' or '}'"
                if cursor.isAtEnd {
                    throw cursor.error("unexpected end of file in a flow collection", at: start, hint: "close it with \(expected)")
                }
                throw cursor.error("expected \(expected) in a flow collection", hint: "separate entries with commas")
            }
        }
        return isSequence ? node(.sequence(items), at: start) : try builder.node(file: cursor.file)
    }

    /// The value after `:` in a flow collection (empty before `,` or a closing bracket).
    private mutating func parseFlowValue() throws(ReadError) -> TemplateNode {
        cursor.forward()
        try skipBlankLines()
        let byte = cursor.peek()
        if byte == .comma || byte == .closeBracket || byte == .closeBrace { return emptyNode() }
        return try parseFlowNode()
    }

    mutating func parseFlowNode() throws(ReadError) -> TemplateNode {
        try skipBlankLines()
        let properties = try parseProperties()
        if properties.isPresent { try skipBlankLines() }
        let start = cursor.mark
        let byte = cursor.peek()
        var plain: String?
        let content: TemplateNode
        switch byte {
        case .openBracket, .openBrace:
            content = try parseFlowCollection()
        case .singleQuote, .doubleQuote:
            content = node(.string(String(decoding: try cursor.scanQuoted(), as: UTF8.self)), at: start)
        case .asterisk:
            content = try parseAlias()
        case .comma, .closeBracket, .closeBrace:
            plain = ""
            content = emptyNode()
        case .colon where cursor.peek(1).isBlankOrEnd || cursor.peek(1).isFlowIndicator:
            plain = ""
            content = emptyNode()
        case 0:
            throw cursor.error("unexpected end of file in a flow collection")
        default:
            try checkPlainStart()
            let text = String(decoding: cursor.scanPlain(indent: -1, inFlow: true), as: UTF8.self)
            plain = text
            content = node(ScalarResolver.resolve(text), at: start)
        }
        return try properties.apply(to: content, plain: plain, parser: &self)
    }
}
