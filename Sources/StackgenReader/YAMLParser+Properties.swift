/// Tags and anchors before a node, and aliases.
extension YAMLParser {
    struct Properties {
        var tag: String?
        var anchor: String?
        var mark: YAMLCursor.Mark

        var isPresent: Bool { tag != nil || anchor != nil }

        /// The node with its tag applied and its anchor recorded. `plain` is the raw text of
        /// a plain scalar (a tagged scalar is its text, never a resolved number).
        func apply(to node: TemplateNode, plain: String?, parser: inout YAMLParser) throws(ReadError) -> TemplateNode {
            var result = node
            if let tag {
                result = try ShortForm.apply(tag: tag, to: node, plain: plain, at: mark, file: parser.cursor.file)
            }
            if let anchor { parser.anchors[anchor] = Anchored(node: result, size: result.size) }
            return result
        }
    }

    struct Anchored {
        let node: TemplateNode
        let size: Int
    }

    mutating func parseProperties() throws(ReadError) -> Properties {
        var properties = Properties(mark: cursor.mark)
        while true {
            let byte = cursor.peek()
            if byte == .exclamation && properties.tag == nil {
                properties.tag = try scanTag()
            } else if byte == .ampersand && properties.anchor == nil {
                cursor.forward()
                properties.anchor = try scanName(kind: "anchor")
            } else {
                return properties
            }
            while cursor.peek() == .space || cursor.peek() == .tab { cursor.forward() }
        }
    }

    /// `!Name`, `!!type` (YAML's own) or `!<verbatim>`.
    private mutating func scanTag() throws(ReadError) -> String {
        let start = cursor.offset
        cursor.forward()
        if cursor.peek() == 0x3C {
            while cursor.peek() != .greaterThan {
                guard !cursor.peek().isBreakOrEnd else { throw cursor.error("expected '>' to close a verbatim tag") }
                cursor.forward()
            }
            cursor.forward()
            let text = String(decoding: cursor.bytes(from: start), as: UTF8.self)
            return String(text.dropFirst(2).dropLast())
        }
        while !cursor.peek().isBlankOrEnd && !(flowLevel > 0 && cursor.peek().isFlowIndicator) { cursor.forward() }
        let text = String(decoding: cursor.bytes(from: start), as: UTF8.self)
        if text.hasPrefix("!!") { return "tag:yaml.org,2002:" + text.dropFirst(2) }
        return text
    }

    private mutating func scanName(kind: String) throws(ReadError) -> String {
        let start = cursor.offset
        while !cursor.peek().isBlankOrEnd && !cursor.peek().isFlowIndicator { cursor.forward() }
        guard cursor.offset > start else { throw cursor.error("expected an \(kind) name") }
        return String(decoding: cursor.bytes(from: start), as: UTF8.self)
    }

    /// `*name`: a copy of the anchored node. Expansion is bounded like cfn-lint's, so a
    /// template of nested aliases cannot grow without limit.
    mutating func parseAlias() throws(ReadError) -> TemplateNode {
        let mark = cursor.mark
        cursor.forward()
        let name = try scanName(kind: "alias")
        guard let anchored = anchors[name] else {
            throw cursor.error("found undefined alias '\(name)'", at: mark, hint: "define '&\(name)' before using '*\(name)'")
        }
        expandedNodes += anchored.size
        guard expandedNodes <= 250_000 else {
            throw cursor.error("aliases expand to more than 250,000 nodes", at: mark)
        }
        var copy = anchored.node
        copy.line = mark.line
        copy.column = mark.column + 1
        return copy
    }
}

extension TemplateNode {
    /// How many nodes the tree holds.
    var size: Int {
        switch value {
        case .sequence(let items): 1 + items.reduce(0) { $0 + $1.size }
        case .mapping(let entries): 1 + entries.reduce(0) { $0 + $1.value.size }
        default: 1
        }
    }
}
