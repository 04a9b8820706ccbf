import StackgenCore

/// What every command gets: the registered apps, the console, the working folder.
struct Context: Sendable {
    let apps: [AppEntry]
    let defaultApp: String?
    let console: Console
    /// Relative output folders are taken from here.
    let workingDirectory: String

    /// The app named by `--app`, or the default one.
    func app(_ options: ParsedOptions, command: CommandSpec) throws(UsageError) -> App {
        guard let name = options.value("--app") ?? defaultApp ?? apps.first?.name else {
            throw UsageError(message: "no apps are registered", command: command)
        }
        guard let entry = apps.first(where: { $0.name == name }) else {
            let suggestion = Suggestion.phrase(for: name, in: apps.map(\.name)).map { "; \($0)" } ?? ""
            throw UsageError(
                message: "unknown app '\(name)'\(suggestion) (apps: \(apps.map(\.name).joined(separator: ", ")))", command: command)
        }
        return entry.app()
    }

    func printDiagnostics(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics { console.err(DiagnosticPrinter.text(diagnostic, console: console)) }
    }

    /// `synth` and `plan` show errors in full but only count warnings: their output is the
    /// point, and `validate` is where warnings are read. `showing` lists warnings that matter
    /// to the command at hand (for `deploy`, code it will not package), shown in full.
    func printErrorsAndCountWarnings(_ diagnostics: [Diagnostic], app: String, showing shown: Set<Diagnostic.Code> = []) {
        printDiagnostics(diagnostics.filter { $0.severity == .error || shown.contains($0.code) })
        let warnings = diagnostics.filter { $0.severity == .warning && !shown.contains($0.code) }.count
        if warnings > 0 {
            console.err("\(warnings) warning\(warnings == 1 ? "" : "s"); run 'stackgen validate --app \(app)' to read them\n")
        }
    }
}

protocol Command {
    static var spec: CommandSpec { get }
    /// Returns the exit code; throws `UsageError` for exit code 64.
    static func run(_ options: ParsedOptions, in context: Context) throws(UsageError) -> Int32
}

enum ExitCode {
    static let success: Int32 = 0
    static let failure: Int32 = 1
    static let usage: Int32 = 64
    static let internalError: Int32 = 70
}

extension OptionSpec {
    static let app = OptionSpec("--app", value: "app", help: "The app to use (default: the first registered app).")
    static let help = OptionSpec("--help", short: "-h", help: "Show help information.")
}
