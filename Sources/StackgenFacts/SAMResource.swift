/// What `SAMFacts` needs to know about a declared SAM resource: its logical id, its type,
/// which top-level properties it sets (with the value when it is a literal string) and its
/// `Events`.
public struct SAMResource: Sendable, Hashable {
    public var logicalID: String
    public var type: String
    /// Set top-level properties → their literal string value, or nil when the value is not a
    /// literal string (an intrinsic, a map, a number).
    public var properties: [String: String?]
    public var events: [SAMEvent]

    public init(logicalID: String, type: String, properties: [String: String?] = [:], events: [SAMEvent] = []) {
        self.logicalID = logicalID
        self.type = type
        self.properties = properties
        self.events = events
    }

    func string(_ property: String) -> String? { properties[property] ?? nil }
    func sets(_ property: String) -> Bool { properties[property] != nil }
}

/// One entry of a SAM resource's `Events`: its name (the key), its `Type`, and which of its
/// `Properties` are set (literal string values kept, as for `SAMResource`).
public struct SAMEvent: Sendable, Hashable {
    public var name: String
    public var type: String
    public var properties: [String: String?]

    public init(name: String, type: String, properties: [String: String?] = [:]) {
        self.name = name
        self.type = type
        self.properties = properties
    }

    func sets(_ property: String) -> Bool { properties[property] != nil }
}

/// A resource SAM's transform adds to the template for a declared one.
public struct SAMGeneratedResource: Sendable, Hashable, Comparable {
    /// The logical id, or its fixed part when SAM appends a hash (`match == .prefix`).
    public let name: String
    public let match: Match
    /// The CloudFormation type SAM declares it with.
    public let type: String

    public enum Match: Sendable, Hashable {
        /// The logical id is `name`.
        case exact
        /// The logical id is `name` followed by a hash of the resource's content.
        case prefix
    }

    public init(_ name: String, _ match: Match = .exact, type: String) {
        self.name = name
        self.match = match
        self.type = type
    }

    /// True when `logicalID` can name this resource.
    public func matches(_ logicalID: String) -> Bool {
        switch match {
        case .exact: logicalID == name
        case .prefix: logicalID.hasPrefix(name)
        }
    }

    public static func < (lhs: SAMGeneratedResource, rhs: SAMGeneratedResource) -> Bool {
        (lhs.name, lhs.type) < (rhs.name, rhs.type)
    }
}
