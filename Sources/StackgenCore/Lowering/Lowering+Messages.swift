// What lowering says; one place to read every message it can print.
extension Diagnostic {
    static func invalidStackName(_ name: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .invalidStackName, message: "invalid stack name '\(name)'", path: .stack(name), location: location,
            hint: "a stack name starts with a letter and has only letters, digits and hyphens (at most 128)")
    }

    static func duplicateStackName(_ name: String, first: SourceLocation, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .duplicateStackName, message: "stack '\(name)' is declared twice", path: .stack(name), location: location,
            hint: "the first declaration is at \(first); stack names are unique within an app")
    }

    static func emptyStack(_ stack: Stack) -> Diagnostic {
        Diagnostic(
            .emptyStack, message: "stack '\(stack.name)' declares no resources", path: .stack(stack.name),
            location: stack.location, hint: "CloudFormation rejects a template without resources; add one or drop the stack")
    }

    static func invalidLogicalID(_ id: String, path: ModelPath, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .invalidLogicalID, message: "invalid logical id '\(id)'", path: path, location: location,
            hint: "logical ids have only ASCII letters and digits (at most 255)")
    }

    static func invalidConditionName(_ name: String, path: ModelPath, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .invalidLogicalID, message: "invalid condition name '\(name)'", path: path, location: location,
            hint: "condition names have only ASCII letters, digits, '&' and '_' (at most 255)")
    }

    static func invalidParameterName(_ name: String, path: ModelPath, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .invalidParameterName, message: "invalid parameter name '\(name)'", path: path, location: location,
            hint: "parameter names have only ASCII letters and digits (at most 255)")
    }

    static func duplicateLogicalID(_ id: String, first: SourceLocation, path: ModelPath, at location: SourceLocation)
        -> Diagnostic
    {
        Diagnostic(
            .duplicateLogicalID, message: "logical id '\(id)' is declared twice in this stack", path: path,
            location: location, hint: "the first declaration is at \(first); rename one of them")
    }

    static func invalidExportName(_ name: String, path: ModelPath, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .invalidExportName, message: "invalid export name '\(name)'", path: path, location: location,
            hint: "export names have only letters, digits, colons and hyphens (at most 255)")
    }

    static func invalidScriptName(_ name: String, path: ModelPath, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .invalidScriptStep, message: "invalid script step name '\(name)'", path: path, location: location,
            hint: "script names follow the stack name rules and must differ from every stack name")
    }

    static func unknownScriptNeighbour(
        _ name: String, in script: ScriptStep, path: ModelPath, candidates: Set<String>
    ) -> Diagnostic {
        Diagnostic(
            .invalidScriptStep, message: "script '\(script.name)' names unknown step '\(name)'", path: path,
            location: script.location,
            hint: Suggestion.phrase(for: name, in: candidates.sorted()) ?? "name a stack or script of this app")
    }
}
