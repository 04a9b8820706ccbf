/// What changes between a baseline and the new version of an app.
public struct AppDiff: Sendable, Hashable {
    public let app: String
    /// Where the baseline was read from: a folder, or `deployed`.
    public let baseline: String
    /// Every stack that is added, removed or changed, in the new plan's order (removed
    /// stacks after, in the baseline's order).
    public let stacks: [StackDiff]
    /// Exports added, removed, renamed or changed, sorted by name.
    public let exports: [ExportChange]

    public var isEmpty: Bool { stacks.isEmpty && exports.isEmpty }

    public func stack(named name: String) -> StackDiff? { stacks.first { $0.name == name } }
}

public struct StackDiff: Sendable, Hashable {
    public enum Status: String, Sendable { case added, removed, changed }

    public let name: String
    public let region: String
    public let status: Status
    /// Resources added, removed and changed, in template order (removed ones after).
    public let resources: [ResourceChange]
    /// Outputs whose definition differs (added, removed or changed), by key.
    public let outputs: [String]
    /// Parameters added or removed, by name.
    public let parameters: [String]

    /// Logical ids of the resources this change replaces.
    public var replaced: Set<String> {
        Set(resources.filter { $0.replacement != nil }.map(\.logicalID))
    }
}

public struct ResourceChange: Sendable, Hashable {
    public enum Kind: String, Sendable { case added, removed, changed }

    public let logicalID: String
    public let type: String
    public let kind: Kind
    /// Paths into the resource's entry that differ, `/`-joined
    /// (`Properties/KeySchema/0/AttributeName`, `DeletionPolicy`); empty for added/removed.
    public let paths: [String]
    /// Why CloudFormation replaces the resource (a create-only property changed, the type
    /// changed, a create-only property uses a replaced resource); nil when updated in place.
    public let replacement: [String]?
    /// `DeletionPolicy: Retain` (or `RetainExceptOnDelete`, `Snapshot`) on a removed resource,
    /// `UpdateReplacePolicy` of a replaced one: the old physical resource stays in AWS.
    public let retainPolicy: String?
    /// A table, bucket, user pool or cluster: removing or replacing it loses its data
    /// unless a retain policy keeps it.
    public let stateful: Bool

    /// Removed or replaced: the physical resource goes away.
    public var losesPhysicalResource: Bool { kind == .removed || replacement != nil }
}

public struct ExportChange: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case added
        case removed
        /// Same producer and value under a new name; `name` is the new one.
        case renamed(from: String)
        /// Same name, another value; the reason says why (`the definition changes`,
        /// `'OrdersTable' is replaced`, `moves from 'a' to 'b'`).
        case changed(reason: String)
    }

    public let name: String
    public let region: String
    public let kind: Kind
    /// The stack that makes it before (nil when added) and after (nil when removed).
    public let producerBefore: String?
    public let producerAfter: String?
    public let valueBefore: TemplateValue?
    public let valueAfter: TemplateValue?
    /// Stacks importing it in the baseline (and outside the app, when read from the
    /// deployed account) and in the new version; for a rename, the old name's importers before.
    public let importersBefore: [String]
    public let importersAfter: [String]

    public var key: ExportKey { ExportKey(name: name, region: region) }

    /// The name the baseline exports: the old name of a rename.
    public var nameBefore: String {
        if case .renamed(let from) = kind { return from }
        return name
    }
}
