/// The properties of every catalog type as the generated initializers spell them, read from
/// `PropertyTable+Generated.swift` (written by `stackgen-catalog-gen`; the line format is
/// described in its `PropertyTableRenderer`). Lines are indexed once and parsed when asked
/// for, so a lookup does not build entries for 1,900 types.
public enum PropertyTable {
    /// `AWS::SQS::Queue` → its initializer's arguments; nil for a type outside the catalog.
    public static func resource(_ typeName: String) -> ResourceEntry? {
        guard let line = lines[typeName], line.kind == "R" else { return nil }
        let fields = line.fields
        guard fields.count >= 5 else { return nil }
        return ResourceEntry(
            typeName: typeName, namespace: String(fields[2]), swiftName: String(fields[3]),
            properties: properties(fields[4]))
    }

    /// A property type a resource type declares (`AWS::SQS::Queue.RedrivePolicy`), or nil.
    public static func nested(_ name: String, in typeName: String) -> NestedEntry? {
        guard let line = lines["\(typeName).\(name)"] else { return nil }
        let fields = line.fields
        let body = fields.count > 2 ? fields[2] : ""
        switch line.kind {
        case "S": return .structure(properties(body), acceptsString: false)
        case "T": return .structure(properties(body), acceptsString: true)
        case "E":
            var members: [String: String] = [:]
            for item in body.split(separator: " ") {
                let parts = item.split(separator: "=", omittingEmptySubsequences: false)
                guard parts.count == 2 else { continue }
                members[unescape(parts[0])] = unescape(parts[1])
            }
            return .enumeration(members)
        default: return .opaque
        }
    }

    /// `eu-west-1` → `euWest1`, the static member of `Region`; nil for a region stackgen
    /// does not know (written `.custom("…")`).
    public static func regionMember(_ name: String) -> String? {
        guard let line = lines[name], line.kind == "G", line.fields.count > 2 else { return nil }
        return String(line.fields[2])
    }

    private struct Line {
        let kind: Substring
        let text: Substring
        var fields: [Substring] { text.split(separator: "|", omittingEmptySubsequences: false) }
    }

    /// Key (type name, type name and nested name, or region) → its line. Only the key is cut
    /// out here; the rest of a line is split when it is asked for.
    private static let lines: [String: Line] = {
        var index: [String: Line] = [:]
        index.reserveCapacity(16_384)
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            guard let first = line.firstIndex(of: "|") else { continue }
            let rest = line[line.index(after: first)...]
            let key = rest.firstIndex(of: "|").map { rest[..<$0] } ?? rest
            index[String(key)] = Line(kind: line[..<first], text: line)
        }
        return index
    }()

    private static func properties(_ field: Substring) -> [PropertyEntry] {
        field.split(separator: " ").compactMap { item in
            var item = item
            let required = item.last == "!"
            if required { item = item.dropLast() }
            let parts = item.split(separator: "=", omittingEmptySubsequences: false)
            guard parts.count == 3, let shape = PropertyShape(code: parts[2]) else { return nil }
            return PropertyEntry(cfnName: unescape(parts[0]), label: unescape(parts[1]), shape: shape, isRequired: required)
        }
    }

    static func unescape(_ text: Substring) -> String {
        guard text.contains("%") else { return String(text) }
        var bytes: [UInt8] = []
        var iterator = Array(text.utf8)[...]
        while let byte = iterator.popFirst() {
            if byte == UInt8(ascii: "%"), iterator.count >= 2,
                let value = UInt8(String(decoding: iterator.prefix(2), as: UTF8.self), radix: 16)
            {
                bytes.append(value)
                iterator = iterator.dropFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// A resource type's initializer: `SQS.Queue(queueName:…)` in module `StackgenSQS`.
public struct ResourceEntry: Sendable {
    public let typeName: String
    /// `SQS`
    public let namespace: String
    /// `Queue`
    public let swiftName: String
    /// In the initializer's order: required ones first.
    public let properties: [PropertyEntry]

    /// `StackgenSQS`
    public var module: String { "Stackgen" + namespace }
    /// `SQS.Queue`
    public var qualifiedName: String { "\(namespace).\(swiftName)" }
}

/// One argument of a generated initializer.
public struct PropertyEntry: Sendable {
    /// `VisibilityTimeout`
    public let cfnName: String
    /// `visibilityTimeout` (backticked when it is a keyword)
    public let label: String
    public let shape: PropertyShape
    public let isRequired: Bool

    public init(cfnName: String, label: String, shape: PropertyShape, isRequired: Bool) {
        self.cfnName = cfnName
        self.label = label
        self.shape = shape
        self.isRequired = isRequired
    }
}

/// The Swift type of an argument: `Value<T>` for scalars and collections of scalars, `Expr`
/// for free JSON, `PropertyList`/`PropertyMap` of named types, or a named type.
public indirect enum PropertyShape: Sendable, Equatable {
    case string, integer, number, boolean, json
    case list(PropertyShape)
    case map(PropertyShape)
    /// Nested in the resource type, or `Tag`, `IAM.PolicyDocument`, `Serverless.Policies`.
    case named(String)

    init?(code: Substring) {
        switch code.first {
        case "s": self = .string
        case "i": self = .integer
        case "n": self = .number
        case "b": self = .boolean
        case "j": self = .json
        case "[" where code.last == "]":
            guard let element = PropertyShape(code: code.dropFirst().dropLast()) else { return nil }
            self = .list(element)
        case "{" where code.last == "}":
            guard let element = PropertyShape(code: code.dropFirst().dropLast()) else { return nil }
            self = .map(element)
        case "@": self = .named(PropertyTable.unescape(code.dropFirst()))
        default: return nil
        }
    }

    /// True for `Value<T>`: a scalar, or a list or map of values.
    public var isValue: Bool {
        switch self {
        case .string, .integer, .number, .boolean: true
        case .list(let element), .map(let element): element.isValue
        case .json, .named: false
        }
    }
}

/// A property type declared by a resource type.
public enum NestedEntry: Sendable {
    case structure([PropertyEntry], acceptsString: Bool)
    /// Raw value → static member.
    case enumeration([String: String])
    /// A choice or union: written as `.init(unchecked:)`.
    case opaque
}
