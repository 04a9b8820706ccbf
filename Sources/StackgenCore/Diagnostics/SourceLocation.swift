/// A place in the user's Swift source, captured with `#fileID` and `#line` at the call
/// that declared something, so a diagnostic can point back at it.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let file: String
    public let line: Int

    public init(file: String, line: Int) {
        self.file = file
        self.line = line
    }

    public static func here(file: String = #fileID, line: Int = #line) -> SourceLocation {
        SourceLocation(file: file, line: line)
    }

    public var description: String { "\(file):\(line)" }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.file, a.line) < (b.file, b.line)
    }
}
