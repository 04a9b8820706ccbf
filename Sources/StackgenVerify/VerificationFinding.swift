/// One way an emitted template or plan contradicts itself: a stackgen bug, never the user's.
///
/// Findings name the file, the JSON path inside it (`/`-joined keys and indices, as
/// cfn-lint writes them) and the name that is wrong, so a bug report points at the line.
public struct VerificationFinding: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The emitted file, relative to the output folder (`app-api.template.json`).
    public let file: String
    /// Where in the file, e.g. `Resources/Fn/Properties/Role/Ref`.
    public let path: String
    /// The name that is wrong (a logical id, a condition, an export name, …).
    public let name: String
    /// What is wrong, naming `name` in single quotes.
    public let message: String

    public init(file: String, path: String, name: String, message: String) {
        self.file = file
        self.path = path
        self.name = name
        self.message = message
    }

    public var description: String { path.isEmpty ? "\(file): \(message)" : "\(file) at \(path): \(message)" }

    public static func < (a: VerificationFinding, b: VerificationFinding) -> Bool {
        (a.file, a.path, a.message) < (b.file, b.path, b.message)
    }
}
