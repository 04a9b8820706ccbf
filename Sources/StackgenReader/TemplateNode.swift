/// One value of a decoded template, JSON-shaped the way cfn-lint's decoder shapes it:
/// short-form tags are already `{"Fn::X": …}` maps, plain scalars are resolved with
/// YAML 1.1 rules. Every node keeps the line and column where it starts, so later stages
/// can point a diagnostic at the YAML.
public struct TemplateNode: Sendable, Hashable {
    public enum Value: Sendable, Hashable {
        case string(String)
        case integer(Int)
        case float(Double)
        case boolean(Bool)
        case null
        case sequence([TemplateNode])
        /// Keys in the order written; a key appears once (duplicates are a read error).
        case mapping([TemplateEntry])
    }

    public var value: Value
    /// 1-based.
    public var line: Int
    /// 1-based.
    public var column: Int

    public init(_ value: Value, line: Int, column: Int) {
        self.value = value
        self.line = line
        self.column = column
    }

    public var string: String? {
        if case .string(let text) = value { return text }
        return nil
    }

    public var sequence: [TemplateNode]? {
        if case .sequence(let items) = value { return items }
        return nil
    }

    public var mapping: [TemplateEntry]? {
        if case .mapping(let entries) = value { return entries }
        return nil
    }

    /// The value under `key` of a mapping; nil for other nodes and absent keys.
    public subscript(key: String) -> TemplateNode? {
        guard case .mapping(let entries) = value else { return nil }
        return entries.first { $0.key == key }?.value
    }

    /// A map of exactly one key (the shape of every intrinsic function).
    public var singleEntry: TemplateEntry? {
        guard case .mapping(let entries) = value, entries.count == 1 else { return nil }
        return entries[0]
    }
}

/// A mapping key with its own position (a duplicate key points at both).
public struct TemplateEntry: Sendable, Hashable {
    public let key: String
    public let line: Int
    public let column: Int
    public var value: TemplateNode

    public init(key: String, line: Int, column: Int, value: TemplateNode) {
        self.key = key
        self.line = line
        self.column = column
        self.value = value
    }
}
