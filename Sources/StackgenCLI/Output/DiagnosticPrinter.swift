import StackgenCore

/// Renders diagnostics for people (compiler style) or machines (JSON).
enum DiagnosticPrinter {
    static func text(_ diagnostic: Diagnostic, console: Console) -> String {
        let color: Console.Color = diagnostic.severity == .error ? .red : .yellow
        return diagnostic.rendered { console.paint($0, color) } + "\n"
    }

    static func summary(_ diagnostics: [Diagnostic]) -> String {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        return "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
    }
}
