/// A file the CLI will write, with its path relative to the output folder.
public struct EmittedFile: Sendable, Hashable {
    public let path: String
    public let contents: String

    public init(path: String, contents: String) {
        self.path = path
        self.contents = contents
    }
}
