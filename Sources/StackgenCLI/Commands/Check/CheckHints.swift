import StackgenCore

/// The resolver's hints speak Swift (`exportName`, `app.externalExport`); for templates the
/// same findings get advice in template terms, and a finding about a whole stack (a cycle)
/// points at its template. Messages and codes are unchanged.
enum CheckHints {
    static func rewrite(_ diagnostic: Diagnostic, exportNames: [String], templates: [String: String]) -> Diagnostic {
        var location = diagnostic.location
        if location == nil, case .stack(let name)? = diagnostic.path.components.first, let path = templates[name] {
            location = SourceLocation(file: path, line: 1)
        }
        let hint: String?
        switch diagnostic.code {
        case .unusedExport:
            hint = "remove the 'Export' unless something outside these templates imports it; an imported export cannot be renamed or removed"
        case .crossRegionImport:
            hint = "imports cannot cross regions: pass the producer's output as a parameter (samconfig.toml 'parameter_overrides')"
        case .importWithoutExport:
            let name = quoted(in: diagnostic.message)
            hint = name.flatMap { Suggestion.phrase(for: $0, in: exportNames) }
                ?? "export it from the producing template, or check the parameters that spell the name"
        case .dependencyCycle:
            hint = "break the cycle: move the shared resource to its own stack, or pass one value as a parameter"
        default:
            hint = diagnostic.hint
        }
        return Diagnostic(
            diagnostic.code, severity: diagnostic.severity, message: diagnostic.message, path: diagnostic.path,
            location: location, hint: hint)
    }

    private static func quoted(in message: String) -> String? {
        guard let open = message.firstIndex(of: "'") else { return nil }
        let rest = message[message.index(after: open)...]
        guard let close = rest.firstIndex(of: "'") else { return nil }
        return String(rest[..<close])
    }
}
