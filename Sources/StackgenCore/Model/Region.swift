/// An AWS region. Known regions are static members (`.euWest1`), so a misspelt one fails to
/// compile; `.custom("xx-new-1")` takes a region newer than this list. Swift code names a
/// region only through this type; text read at run time goes through `Region.named(_:)`.
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

    /// The known region called `name`, or nil (see `suggestion(for:)` for a did-you-mean).
    public static func named(_ name: String) -> Region? {
        known.contains { $0.name == name } ? Region(name) : nil
    }

    /// The known region name closest to a misspelt `name`, for a did-you-mean.
    public static func suggestion(for name: String) -> String? {
        Suggestion.closest(to: name, in: known.map(\.name))
    }

    public var description: String { name }

    public static func < (lhs: Region, rhs: Region) -> Bool { lhs.name < rhs.name }
}

extension App {
    @available(*, unavailable, message: "name the region with a 'Region' ('.euWest1'), or '.custom(\"xx-new-1\")' for one stackgen does not know yet")
    public init(
        _ name: String, description: String? = nil, region: String, account: String? = nil,
        environments: [Environment] = [], sourceRoot: String? = nil, file: String = #fileID, line: Int = #line
    ) {
        self.init(
            name, description: description, region: .custom(region), account: account, environments: environments,
            sourceRoot: sourceRoot, file: file, line: line)
    }
}

extension Stack {
    @available(*, unavailable, message: "name the region with a 'Region' ('.usEast1'), or '.custom(\"xx-new-1\")' for one stackgen does not know yet")
    public init(
        _ name: String, region: String, account: String? = nil, description: String? = nil,
        tags: [String: String] = [:], file: String = #fileID, line: Int = #line
    ) {
        self.init(name, region: .custom(region), account: account, description: description, tags: tags, file: file, line: line)
    }
}

extension Environment {
    @available(*, unavailable, message: "name the region with a 'Region' ('.euWest1'), or '.custom(\"xx-new-1\")' for one stackgen does not know yet")
    public init(_ name: String, region: String, account: String? = nil) {
        self.init(name, region: .custom(region), account: account)
    }
}
