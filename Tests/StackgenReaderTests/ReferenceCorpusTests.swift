import Foundation
import StackgenReader
import Testing

/// Every template of the shared corpus decodes to exactly cfn-lint's reference tree.
@Suite struct ReferenceCorpusTests {
    static let corpus = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("../shared/yaml-corpus").standardizedFileURL

    static var templates: [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: corpus.appendingPathComponent("templates").path))?.sorted() ?? []
    }

    @Test(.enabled(if: !templates.isEmpty, "../shared/yaml-corpus is absent"), arguments: templates)
    func decodesLikeCfnLint(_ name: String) throws {
        let template = Self.corpus.appendingPathComponent("templates/\(name)")
        let expected = try String(contentsOf: Self.corpus.appendingPathComponent("expected/\(name).json"), encoding: .utf8)
        let node = try TemplateReader.read(Array(try Data(contentsOf: template)), file: name)
        let actual = PythonJSON.string(node)
        #expect(actual == expected, "\(firstDifference(actual, expected))")
    }

    private func firstDifference(_ a: String, _ b: String) -> String {
        let left = a.split(separator: "\n", omittingEmptySubsequences: false)
        let right = b.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(left.count, right.count) {
            let l = index < left.count ? String(left[index]) : "<end>"
            let r = index < right.count ? String(right[index]) : "<end>"
            if l != r { return "line \(index + 1): got \(l) expected \(r)" }
        }
        return "equal"
    }
}
