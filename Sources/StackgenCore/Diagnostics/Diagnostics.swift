/// The one collector every stage reports into. Stages keep going after an error so a run
/// shows all of a stage's problems at once; the pipeline stops between stages.
public struct Diagnostics: Sendable {
    public private(set) var all: [Diagnostic] = []

    public init() {}

    public mutating func emit(_ diagnostic: Diagnostic) {
        all.append(diagnostic)
    }

    public var hasErrors: Bool { all.contains { $0.severity == .error } }
    public var errors: [Diagnostic] { all.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { all.filter { $0.severity == .warning } }

    /// The list in a stable order, without exact repeats.
    public var sorted: [Diagnostic] { Array(Set(all)).sorted() }
}
