import Foundation
import StackgenAdopt
import StackgenCore
import StackgenEmit
import StackgenPipeline
import StackgenReader
import StackgenResolver
import Testing

/// The shared corpus's multi-stack sets: the edges `check` finds (producer, export name,
/// consumer) are exactly the hand-resolved ones, conditions and untaken `Fn::If` branches
/// included.
@Suite struct CorpusSetTests {
    static let corpus = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("../shared/yaml-corpus").standardizedFileURL

    static var sets: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: corpus.appendingPathComponent("sets").path)) ?? [])
            .filter { $0.hasSuffix(".json") }.sorted()
    }

    struct Edge: Hashable, Comparable, CustomStringConvertible {
        let producer: String
        let export: String
        let consumer: String
        static func < (a: Edge, b: Edge) -> Bool { a.description < b.description }
        var description: String { "\(producer) --\(export)--> \(consumer)" }
    }

    @Test(.enabled(if: !sets.isEmpty, "../shared/yaml-corpus is absent"), arguments: sets)
    func edgesMatchTheHandResolvedOnes(_ set: String) throws {
        let data = try Data(contentsOf: Self.corpus.appendingPathComponent("sets/\(set)"))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let stacks = try #require(json["stacks"] as? [[String: Any]])
        var inputs: [TemplateInput] = []
        for stack in stacks {
            let file = try #require(stack["template"] as? String)
            let bytes = Array(try Data(contentsOf: Self.corpus.appendingPathComponent("templates/\(file)")))
            inputs.append(
                TemplateInput(
                    path: file, template: try TemplateReader.read(bytes, file: file), stackName: try #require(stack["stack"] as? String),
                    region: try #require(stack["region"] as? String),
                    parameterValues: (stack["parameters"] as? [String: String]) ?? [:]))
        }
        let expected = Set(
            try #require(json["edges"] as? [[String: String]]).map {
                Edge(producer: $0["producer"] ?? "", export: $0["export"] ?? "", consumer: $0["consumer"] ?? "")
            })
        let converted = TemplateApp.make(set, region: "us-east-1", templates: inputs)
        let result = Pipeline.compile(converted.app)
        let errors = (converted.diagnostics + result.diagnostics.all).filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.map(\.description).joined(separator: "\n"))")
        let resolved = try #require(result.resolved)
        var actual: Set<Edge> = []
        for edge in resolved.edges {
            for case .handWrittenImport(let export) in edge.reasons {
                actual.insert(Edge(producer: edge.producer, export: export, consumer: edge.consumer))
            }
        }
        #expect(actual.sorted() == expected.sorted())
        #expect(!converted.diagnostics.contains { $0.code == .unresolvedImportName })
    }
}
