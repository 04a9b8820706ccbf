import StackgenCore

/// A change CloudFormation refuses while another stack imports the export it touches, and
/// how the rollout gets around it.
public struct Hazard: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// The export disappears (or is renamed) from a producer that stays.
        case exportRemoved
        /// The export stays but its value changes; the reason says why.
        case exportChanged(reason: String)
        /// The producing stack is removed from the app.
        case stackRemoved
    }

    public enum Resolution: Sendable, Hashable {
        /// The importers update (or are deleted) before the producer changes.
        case importersFirst
        /// The producer keeps the old export next to the new ones until the importers have
        /// moved; a last phase drops it.
        case keepExport
        /// The importers first take the current value (as deployed, or as a parameter read
        /// from the producer's output), so nothing imports the export while it changes.
        case pinImports
        /// Nothing stackgen can do safely; `action` says what the user must do.
        case refused(reason: String, action: String)
    }

    public let kind: Kind
    public let producer: String
    public let region: String
    /// The exports concerned: one, or for a removed stack every export still imported.
    public let exports: [String]
    /// The output of `producer` that carries the (first) export.
    public let outputKey: String?
    /// Stacks that import it in the baseline, sorted.
    public let importers: [String]
    public var resolution: Resolution

    public var isRefused: Bool {
        if case .refused = resolution { return true }
        return false
    }
}

extension Hazard {
    /// The hazard as a diagnostic: a warning when the rollout plans around it, an error
    /// when it cannot.
    public var diagnostic: Diagnostic {
        let who = Self.names(importers)
        let verb = importers.count == 1 ? "imports" : "import"
        let code: Diagnostic.Code
        let message: String
        switch kind {
        case .exportRemoved:
            code = .exportRemovedInUse
            message = "export '\(exports.joined())' of '\(producer)' is removed while \(who) \(verb) it"
        case .exportChanged(let reason):
            code = .exportChangedInUse
            message = "export '\(exports.joined())' of '\(producer)' changes while \(who) \(verb) it: \(reason)"
        case .stackRemoved:
            code = .importedStackRemoved
            let what = exports.count == 1 ? "its export '\(exports[0])'" : "its exports \(Self.names(exports))"
            message = "stack '\(producer)' is removed while \(who) \(verb) \(what)"
        }
        var path = ModelPath.stack(producer)
        if let outputKey, kind != .stackRemoved { path = path.appending(.output(outputKey)) }
        return Diagnostic(code, severity: isRefused ? .error : .warning, message: message, path: path, hint: hint)
    }

    private var hint: String {
        let who = Self.names(importers)
        let one = importers.count == 1
        let export = exports.count == 1 ? "'\(exports[0])'" : "its exports"
        switch (resolution, kind) {
        case (.refused(let reason, let action), _):
            return "\(reason); \(action)"
        case (.importersFirst, .stackRemoved):
            return "the rollout updates \(who) first, then deletes '\(producer)'"
        case (.importersFirst, _):
            return "\(who) \(one ? "stops" : "stop") importing it, so the rollout updates \(who) before '\(producer)'"
        case (.keepExport, _):
            return "'\(producer)' keeps \(export) until \(who) \(one ? "has" : "have") moved; a last phase drops it"
        case (.pinImports, _):
            return "\(who) first \(one ? "takes" : "take") the current value of '\(producer)' output '\(outputKey ?? "")' "
                + "in place of the import, so nothing imports \(export) while it changes"
        }
    }

    static func names(_ names: [String]) -> String {
        names.map { "'\($0)'" }.joined(separator: ", ")
    }
}
