/// An AWS region. Known regions are static members (`.euWest1`), so a misspelt one fails to
/// compile; `.custom("xx-new-1")` takes a region newer than this list.
public struct Region: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// `eu-west-1`
    public let name: String

    init(_ name: String) {
        self.name = name
    }

    /// A region not (yet) in the list of known regions.
    public static func custom(_ name: String) -> Region {
        Region(name)
    }

    public var description: String { name }

    public static func < (lhs: Region, rhs: Region) -> Bool { lhs.name < rhs.name }
}

extension App {
    /// An app whose stacks deploy to `region` unless they say otherwise.
    public init(
        _ name: String, description: String? = nil, region: Region, account: String? = nil,
        environments: [Environment] = [], file: String = #fileID, line: Int = #line
    ) {
        self.init(
            name, description: description, region: region.name, account: account, environments: environments,
            file: file, line: line)
    }
}

extension Stack {
    /// A stack deployed to `region` (instead of its app's).
    public init(
        _ name: String, region: Region, account: String? = nil, description: String? = nil,
        tags: [String: String] = [:], file: String = #fileID, line: Int = #line
    ) {
        self.init(name, region: region.name, account: account, description: description, tags: tags, file: file, line: line)
    }
}

extension Environment {
    public init(_ name: String, region: Region, account: String? = nil) {
        self.init(name, region: region.name, account: account)
    }
}
