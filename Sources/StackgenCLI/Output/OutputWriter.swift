import StackgenEmit

/// Writes emitted files into the output folder, all at once or not at all, touching only
/// what stackgen owns there (see `OwnedFolder`).
public struct OutputWriter: Sendable {
    public typealias Report = OwnedFolder.Report
    public typealias Failure = OutputFailure

    public let folder: OwnedFolder
    public var path: String { folder.path }
    public var displayName: String { folder.displayName }

    public init(path: String, displayName: String? = nil) {
        folder = OwnedFolder(path: path, displayName: displayName)
    }

    /// - Parameter prune: the folder's set becomes exactly `files`: files of the previous
    ///   set not among them are removed (off when only some stacks were synthesized).
    public func write(_ files: [EmittedFile], prune: Bool) throws(Failure) -> Report {
        try folder.commit(files.map { ($0.path, Array($0.contents.utf8)) }, prune: prune)
    }
}
