/// Collects a mapping's entries: keys turned into text the way JSON writes them, duplicates
/// refused with both places named, `<<` merge keys applied at the end.
struct MappingBuilder {
    let start: YAMLCursor.Mark
    private var entries: [TemplateEntry] = []
    private var positions: [String: Int] = [:]
    private var merged: [TemplateNode] = []

    init(start: YAMLCursor.Mark) {
        self.start = start
    }

    mutating func add(key: TemplateNode, at mark: YAMLCursor.Mark, value: TemplateNode, isMerge: Bool, file: String)
        throws(ReadError)
    {
        if isMerge {
            merged.append(value)
            return
        }
        let text = try Self.keyText(key, file: file)
        if let first = positions[text] {
            throw ReadError(
                file: file, line: mark.line, column: mark.column + 1,
                message: "duplicate mapping key '\(text)' (first at line \(entries[first].line))",
                hint: "CloudFormation keeps only one of them: remove or rename one")
        }
        positions[text] = entries.count
        entries.append(TemplateEntry(key: text, line: mark.line, column: mark.column + 1, value: value))
    }

    func node(file: String) throws(ReadError) -> TemplateNode {
        TemplateNode(.mapping(try mergedEntries(file: file)), line: start.line, column: start.column + 1)
    }

    /// PyYAML's order: merged keys first (later sources first), own keys override in place.
    private func mergedEntries(file: String) throws(ReadError) -> [TemplateEntry] {
        guard !merged.isEmpty else { return entries }
        var sources: [TemplateNode] = []
        for value in merged {
            if let items = value.sequence { sources.append(contentsOf: items.reversed()) } else { sources.append(value) }
        }
        var result: [TemplateEntry] = []
        var index: [String: Int] = [:]
        for source in sources {
            guard let sourceEntries = source.mapping else {
                throw ReadError(
                    file: file, line: source.line, column: source.column,
                    message: "a '<<' merge key takes a mapping or a list of mappings")
            }
            for entry in sourceEntries { upsert(entry, into: &result, index: &index) }
        }
        for entry in entries { upsert(entry, into: &result, index: &index) }
        return result
    }

    private func upsert(_ entry: TemplateEntry, into result: inout [TemplateEntry], index: inout [String: Int]) {
        if let position = index[entry.key] {
            result[position].value = entry.value
        } else {
            index[entry.key] = result.count
            result.append(entry)
        }
    }

    /// JSON object keys are text: numbers and booleans become their JSON spelling, as
    /// `json.dumps` writes the keys of cfn-lint's decoded template.
    static func keyText(_ key: TemplateNode, file: String) throws(ReadError) -> String {
        switch key.value {
        case .string(let text): return text
        case .integer(let number): return String(number)
        case .float(let number): return PythonJSON.float(number)
        case .boolean(let flag): return flag ? "true" : "false"
        case .null:
            throw ReadError(
                file: file, line: key.line, column: key.column, message: "null key not supported",
                hint: "write the key, or quote it")
        case .sequence, .mapping:
            throw ReadError(
                file: file, line: key.line, column: key.column, message: "a mapping key must be a scalar",
                hint: "CloudFormation keys are names")
        }
    }
}
