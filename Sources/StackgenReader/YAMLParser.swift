/// Block structure of a YAML document: mappings, sequences, node properties. Scalars and
/// flow collections are in their own files. Builds `TemplateNode`s directly (tags applied,
/// scalars resolved), so there is one pass over the bytes.
struct YAMLParser {
    var cursor: YAMLCursor
    var anchors: [String: Anchored] = [:]
    var expandedNodes = 0
    var flowLevel = 0

    init(bytes: [UInt8], file: String) {
        cursor = YAMLCursor(bytes: bytes, file: file)
    }

    /// The one document of the stream; an empty stream is an empty mapping (as in cfn-lint).
    mutating func parseDocument() throws(ReadError) -> TemplateNode {
        skipDirectivesAndStart()
        try skipBlankLines()
        let start = cursor.mark
        var node = TemplateNode(.mapping([]), line: start.line, column: start.column + 1)
        if !cursor.isAtEnd && !cursor.isAtDocumentMarker {
            node = try parseBlockNode(indent: -1, inline: false, allowsCollection: true)
            if case .null = node.value { node.value = .mapping([]) }
        }
        try skipBlankLines()
        if cursor.isAtDocumentMarker && cursor.peek() == .dot {
            cursor.forward(3)
            try skipBlankLines()
        }
        if cursor.isAtDocumentMarker {
            throw cursor.error(
                "a template holds one YAML document, found a second '---'",
                hint: "split the documents into one file per template")
        }
        guard cursor.isAtEnd else { throw unexpectedContent() }
        return node
    }

    private mutating func skipDirectivesAndStart() {
        while true {
            _ = try? skipBlankLines()
            if cursor.column == 0 && cursor.peek() == .percent {
                while !cursor.peek().isBreakOrEnd { cursor.forward() }
                continue
            }
            if cursor.isAtDocumentMarker && cursor.peek() == .dash {
                cursor.forward(3)
            }
            return
        }
    }

    // MARK: Whitespace

    /// Skips spaces, comments and line breaks up to the next content. A tab in block
    /// indentation is an error (YAML forbids it), one inside a line is a separator.
    mutating func skipBlankLines() throws(ReadError) {
        while true {
            let byte = cursor.peek()
            if byte == .space || (byte == .tab && (flowLevel > 0 || !atLineStartIndentation)) {
                cursor.forward()
            } else if byte == .tab {
                throw cursor.error("found a tab character in indentation", hint: "indent YAML with spaces")
            } else if byte == .hash {
                skipComment()
            } else if byte.isBreak {
                _ = cursor.scanLineBreak()
            } else {
                return
            }
        }
    }

    /// Whether only spaces precede the cursor on its line.
    private var atLineStartIndentation: Bool {
        var index = cursor.offset - 1
        while index >= 0 {
            let byte = cursor.bytes[index]
            if byte.isBreak { return true }
            if byte != .space { return false }
            index -= 1
        }
        return true
    }

    mutating func skipComment() {
        while !cursor.peek().isBreakOrEnd { cursor.forward() }
    }

    /// Spaces and tabs on the current line, then an optional comment.
    mutating func skipToLineEnd() {
        while cursor.peek() == .space || cursor.peek() == .tab { cursor.forward() }
        if cursor.peek() == .hash { skipComment() }
    }

    func unexpectedContent() -> ReadError {
        cursor.error(
            "unexpected content here: expected a new line at the indentation of the enclosing block",
            hint: "check the indentation, and quote a value that contains ': ' or ' #'")
    }

    // MARK: Block nodes

    /// A node in block context. `indent` is the enclosing block collection's column (-1 at the
    /// top). `inline`: the cursor is just after `key:` or `- ` on the same line.
    /// `allowsCollection`: a block mapping or sequence may start inline (after `- `, not after `key:`).
    /// `sameColumnSequence`: a `- ` at `indent` itself starts this node (a mapping's value).
    mutating func parseBlockNode(
        indent: Int, inline: Bool, allowsCollection: Bool, sameColumnSequence: Bool = false
    ) throws(ReadError) -> TemplateNode {
        var inline = inline
        if inline {
            skipToLineEnd()
            if cursor.peek().isBreakOrEnd { inline = false }
        }
        if !inline {
            try skipBlankLines()
            guard startsNestedNode(indent: indent, sameColumnSequence) else { return emptyNode() }
        }
        let properties = try parseProperties()
        if properties.isPresent {
            skipToLineEnd()
            if cursor.peek().isBreakOrEnd {
                try skipBlankLines()
                guard startsNestedNode(indent: indent, sameColumnSequence) else {
                    return try properties.apply(to: emptyNode(), plain: "", parser: &self)
                }
                let node = try parseBlockContent(indent: indent, allowsCollection: true)
                return try properties.apply(to: node.node, plain: node.plain, parser: &self)
            }
        }
        let node = try parseBlockContent(indent: indent, allowsCollection: allowsCollection || !inline)
        return try properties.apply(to: node.node, plain: node.plain, parser: &self)
    }

    /// Whether the content at the cursor belongs to a node nested under `indent`: deeper,
    /// or a `- ` at the same column (YAML lets a mapping's sequence value sit at its keys' column).
    private func startsNestedNode(indent: Int, _ sameColumnSequence: Bool) -> Bool {
        guard !cursor.isAtEnd, !cursor.isAtDocumentMarker else { return false }
        return cursor.column > indent || (sameColumnSequence && cursor.column == indent && isSequenceEntry)
    }

    var isSequenceEntry: Bool { cursor.peek() == .dash && cursor.peek(1).isBlankOrEnd }

    func emptyNode() -> TemplateNode {
        TemplateNode(.null, line: cursor.line, column: cursor.column + 1)
    }

    /// The node's content after its properties. `plain` is the raw text of a plain scalar,
    /// which a tag reads instead of the resolved value.
    private mutating func parseBlockContent(indent: Int, allowsCollection: Bool) throws(ReadError)
        -> (node: TemplateNode, plain: String?)
    {
        let start = cursor.mark
        let byte = cursor.peek()
        if isSequenceEntry {
            guard allowsCollection else {
                throw cursor.error("a block sequence cannot start on the line of its key", hint: "start the '- ' items on the next line")
            }
            return (try parseBlockSequence(column: start.column), nil)
        }
        if byte == .question && cursor.peek(1).isBlankOrEnd {
            return (try parseBlockMapping(column: start.column), nil)
        }
        if allowsCollection && startsImplicitKey() {
            return (try parseBlockMapping(column: start.column), nil)
        }
        switch byte {
        case .openBracket, .openBrace:
            let node = try parseFlowCollection()
            try expectLineEnd()
            return (node, nil)
        case .pipe, .greaterThan:
            let text = try cursor.scanBlockScalar(indent: indent)
            return (node(.string(String(decoding: text, as: UTF8.self)), at: start), nil)
        case .singleQuote, .doubleQuote:
            let text = try cursor.scanQuoted()
            try expectLineEnd()
            return (node(.string(String(decoding: text, as: UTF8.self)), at: start), nil)
        case .asterisk:
            let alias = try parseAlias()
            try expectLineEnd()
            return (alias, nil)
        default:
            try checkPlainStart()
            let text = String(decoding: cursor.scanPlain(indent: indent, inFlow: false), as: UTF8.self)
            if cursor.line == cursor.plainEndLine { try expectLineEnd() }
            return (node(ScalarResolver.resolve(text), at: start), text)
        }
    }

    /// After a value in block context only a comment may follow on its line.
    mutating func expectLineEnd() throws(ReadError) {
        skipToLineEnd()
        guard cursor.peek().isBreakOrEnd else {
            if cursor.peek() == .colon {
                throw cursor.error(
                    "mapping values are not allowed here",
                    hint: "quote the value if it contains ': ', or put the nested mapping on its own lines")
            }
            throw cursor.error("did not find expected key: unexpected text after the value", hint: "quote the whole value, or remove the extra text")
        }
    }

    mutating func checkPlainStart() throws(ReadError) {
        let byte = cursor.peek()
        if byte == .exclamation {
            throw cursor.error(
                "a node takes one tag: this second tag is not allowed here",
                hint: "write the inner function in its long form, such as '!ImportValue {\"Fn::Sub\": \"...\"}'")
        }
        let reserved: [UInt8] = [.at, .backtick, .percent, .pipe, .greaterThan, .ampersand, .hash]
        if reserved.contains(byte) || ((byte == .colon || byte == .dash || byte == .question) && cursor.peek(1).isBlankOrEnd) {
            throw cursor.error(
                "a plain scalar cannot start with '\(String(decoding: [byte], as: UTF8.self))'",
                hint: "quote the value")
        }
    }

    func node(_ value: TemplateNode.Value, at mark: YAMLCursor.Mark) -> TemplateNode {
        TemplateNode(value, line: mark.line, column: mark.column + 1)
    }
}
