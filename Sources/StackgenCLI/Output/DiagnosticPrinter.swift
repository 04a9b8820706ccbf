import StackgenCore

/// Renders diagnostics for people (compiler style) or machines (JSON).
enum DiagnosticPrinter {
    static func text(_ diagnostic: Diagnostic, console: Console) -> String {
        let label = console.paint(
            "\(diagnostic.severity.rawValue)[\(diagnostic.code.rawValue)]:", diagnostic.severity == .error ? .red : .yellow)
        var text = diagnostic.location.map { "\($0): " } ?? ""
        text += "\(label) \(diagnostic.message)\n  at: \(diagnostic.path)\n"
        if let hint = diagnostic.hint { text += "  hint: \(hint)\n" }
        return text
    }

    static func summary(_ diagnostics: [Diagnostic]) -> String {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        return "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
    }
}
