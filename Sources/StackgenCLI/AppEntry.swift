import StackgenCore

/// An app registered with the command line: its name now, its stacks only when a command
/// needs them. Building an app runs its Swift code, so `stackgen synth --app a` builds
/// `a` and no other, and `--help` builds none.
public struct AppEntry: Sendable {
    public let name: String
    private let build: @Sendable () -> App

    public init(_ name: String, _ build: @escaping @Sendable () -> App) {
        self.name = name
        self.build = build
    }

    /// An app that is already built.
    public init(_ app: App) {
        self.name = app.name
        self.build = { app }
    }

    public func app() -> App { build() }
}
