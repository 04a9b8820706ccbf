import Foundation
import StackgenCore
import StackgenEmit
import StackgenPipeline
import StackgenResolver
import Testing

/// One example app compiled as `stackgen synth` would, with the views its tests read:
/// stacks, edges, waves, diagnostics and each template as parsed JSON.
struct ExampleApp {
    let result: Pipeline.Result
    let resolved: ResolvedApp
    let plan: Plan

    init(_ app: App, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        result = Pipeline.compile(app, outputFolder: "stackgen.out/\(app.name)")
        #expect(result.succeeded, "\(result.diagnostics.errors.map(\.description))", sourceLocation: sourceLocation)
        resolved = try #require(result.resolved, sourceLocation: sourceLocation)
        plan = try #require(result.plan, sourceLocation: sourceLocation)
    }

    var stackNames: [String] { resolved.stacks.map(\.name) }

    /// `producer → consumer` for every edge, sorted.
    var edges: [String] { resolved.edges.map { "\($0.producer) → \($0.consumer)" }.sorted() }

    func reasons(_ producer: String, _ consumer: String) -> [String] {
        resolved.edges.first { $0.producer == producer && $0.consumer == consumer }?.reasons.map(\.description) ?? []
    }

    var warnings: [Diagnostic] { result.diagnostics.warnings }

    /// The emitted template of a stack, parsed.
    func template(_ stack: String) throws -> [String: Any] {
        let file = try #require(result.files.first { $0.path == "\(stack).template.json" })
        return try #require(JSONSerialization.jsonObject(with: Data(file.contents.utf8)) as? [String: Any])
    }

    func resources(_ stack: String) throws -> [String: [String: Any]] {
        try #require(template(stack)["Resources"] as? [String: [String: Any]])
    }

    func properties(_ stack: String, _ logicalID: String) throws -> [String: Any] {
        let resource = try #require(resources(stack)[logicalID], "no \(logicalID) in \(stack)")
        return resource["Properties"] as? [String: Any] ?? [:]
    }

    /// Export names a stack declares.
    func exports(_ stack: String) throws -> [String] {
        let outputs = try template(stack)["Outputs"] as? [String: [String: Any]] ?? [:]
        return outputs.values.compactMap { ($0["Export"] as? [String: Any])?["Name"] as? String }.sorted()
    }

    /// Export names a stack imports, anywhere in its template.
    func imports(_ stack: String) throws -> [String] {
        let file = try #require(result.files.first { $0.path == "\(stack).template.json" })
        var names: Set<String> = []
        collectImports(try JSONSerialization.jsonObject(with: Data(file.contents.utf8)), into: &names)
        return names.sorted()
    }

    private func collectImports(_ node: Any, into names: inout Set<String>) {
        if let map = node as? [String: Any] {
            if let name = map["Fn::ImportValue"] as? String { names.insert(name) }
            for value in map.values { collectImports(value, into: &names) }
        } else if let list = node as? [Any] {
            for value in list { collectImports(value, into: &names) }
        }
    }
}
