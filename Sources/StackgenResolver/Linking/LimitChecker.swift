import StackgenCore

/// CloudFormation's per-template quotas that do not need the emitted bytes; the size
/// limits are checked by the emitter, which has them.
enum LimitChecker {
    static let maxResources = 500
    static let maxOutputs = 200
    static let maxParameters = 200
    static let maxMappings = 200

    static func check(_ stack: ResolvedStack, into diagnostics: inout Diagnostics) {
        let counts: [(Diagnostic.Code, String, Int, Int)] = [
            (.tooManyResources, "resources", stack.resources.count, maxResources),
            (.tooManyOutputs, "outputs", stack.outputs.count, maxOutputs),
            (.tooManyParameters, "parameters", stack.parameters.count, maxParameters),
            (.tooManyMappings, "mappings", stack.declaration.mappings.count, maxMappings),
        ]
        for (code, what, count, limit) in counts where count > limit {
            diagnostics.emit(.limitExceeded(code, stack: stack.declaration, what: what, count: count, limit: limit))
        }
    }
}
