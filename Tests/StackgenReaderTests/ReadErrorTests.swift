import Foundation
import StackgenReader
import Testing

/// Templates the reader must refuse, each with its exact located message (the same cases
/// cfn-lint refuses in the shared corpus: duplicate keys and text after a quoted scalar).
@Suite struct ReadErrorTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../ReaderCorpus").standardizedFileURL

    @Test(arguments: [
        ("neg-duplicate-key.yaml", "4:3: error: duplicate mapping key 'SSHFrom' (first at line 2)"),
        ("neg-duplicate-nested.yaml", "7:7: error: duplicate mapping key 'CodeUri' (first at line 5)"),
        ("neg-duplicate-flow.yaml", "2:34: error: duplicate mapping key 'eu-west-3' (first at line 2)"),
        ("neg-text-after-quoted.yaml", "5:27: error: did not find expected key: unexpected text after the value"),
        ("neg-bad-indentation.yaml", "4:17: error: mapping values are not allowed here"),
        ("neg-two-documents.yaml", "4:1: error: a template holds one YAML document, found a second '---'"),
        ("neg-unclosed-flow.yaml", "5:13: error: unexpected end of file in a flow collection"),
        ("neg-undefined-alias.yaml", "5:18: error: found undefined alias 'missing'"),
        ("neg-two-tags.yaml", "5:31: error: a node takes one tag: this second tag is not allowed here"),
    ])
    func refusesWithLocation(_ name: String, _ expected: String) throws {
        let bytes = Array(try Data(contentsOf: Self.corpus.appendingPathComponent(name)))
        do {
            let node = try TemplateReader.read(bytes, file: name)
            Issue.record("read \(name) as \(PythonJSON.string(node))")
        } catch {
            #expect(error.description.split(separator: "\n").first.map(String.init) == "\(name):\(expected)")
            #expect(error.hint != nil)
        }
    }

    @Test func tabIndentationIsRefusedButJSONWithTabsReads() throws {
        #expect(throws: ReadError.self) { try TemplateReader.read("a:\n\tb: 1\n", file: "t.yaml") }
        let node = try TemplateReader.read("{\n\t\"a\": [1,\n\t\t2]\n}", file: "t.json")
        #expect(PythonJSON.string(node) == "{\n \"a\": [\n  1,\n  2\n ]\n}\n")
    }

    @Test func nodesKeepTheirLines() throws {
        let node = try TemplateReader.read("Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      Name: !Ref X\n", file: "t")
        let bucket = try #require(node["Resources"]?["Bucket"])
        #expect(bucket.line == 3)
        #expect(bucket["Properties"]?["Name"]?.line == 5)
        #expect(bucket["Properties"]?["Name"]?.column == 13)
        #expect(node["Resources"]?.mapping?.first?.line == 2)
    }
}
