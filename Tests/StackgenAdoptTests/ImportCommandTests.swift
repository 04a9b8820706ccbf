import Foundation
import ImportedBartender
import StackgenAdopt
import StackgenCLI
import StackgenCore
import StackgenEmit
import StackgenPipeline
import StackgenReader
import StackgenTestSupport
import Testing

/// `stackgen import` on the seed-like fixture: it writes exactly the code checked in under
/// Tests/ImportedBartender (which the package build compiles), and that compiled app
/// synthesizes to the same templates as trees, with the same import edges as `check` finds.
@Suite struct ImportCommandTests {
    static let imported = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../ImportedBartender").standardizedFileURL
    static let fixture = CheckCommandTests.fixtures.appendingPathComponent("bartender")

    @Test func writesTheCheckedInApp() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("stackgen-import-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let capture = CheckCommandTests.Capture()
        let code = StackgenCommandLine.run(
            ["import", ".", "--app", "bartender", "--out", out.path], apps: [AppEntry](), console: capture.console,
            workingDirectory: Self.fixture.path)
        #expect(code == 0, "\(capture.err)")
        #expect(capture.out.hasSuffix("8 Swift files; 2 differences after synthesis (see \(out.path)/IMPORT-REPORT.md)\n"))
        // `.stackgen` is the output folder's ownership record, not part of the app.
        let written = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { !$0.hasPrefix(".") }.sorted()
        #expect(written == (try FileManager.default.contentsOfDirectory(atPath: Self.imported.path)).sorted())
        for name in written {
            let text = try String(contentsOf: out.appendingPathComponent(name), encoding: .utf8)
            if let failure = Golden.check(text, named: name, in: Self.imported) { Issue.record(Comment(rawValue: failure)) }
        }
    }

    @Test func refusesToOverwriteAFileItDidNotWrite() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("stackgen-import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: out) }
        try Data("my own notes\n".utf8).write(to: out.appendingPathComponent("ApiStack.swift"))
        let capture = CheckCommandTests.Capture()
        let code = StackgenCommandLine.run(
            ["import", ".", "--app", "bartender", "--out", out.path], apps: [AppEntry](), console: capture.console,
            workingDirectory: Self.fixture.path)
        #expect(code == 1)
        #expect(capture.err.contains("ApiStack.swift' exists and was not written by 'stackgen import'"))
        #expect(try String(contentsOf: out.appendingPathComponent("ApiStack.swift"), encoding: .utf8) == "my own notes\n")
    }

    /// The fixture's templates as `check` reads them (samconfig.toml beside each).
    static func fixtureInputs() throws -> [TemplateInput] {
        var inputs: [TemplateInput] = []
        for folder in ["infrastructure/appsync", "infrastructure/auth", "infrastructure/datastore", "infrastructure/hosting",
            "infrastructure/hosting-ssl", "services/api", "services/image-processing"]
        {
            let base = fixture.appendingPathComponent(folder)
            let config = try SamConfig.parse(
                String(contentsOf: base.appendingPathComponent("samconfig.toml"), encoding: .utf8), file: "\(folder)/samconfig.toml")
            let path = "\(folder)/template.yaml"
            let template = try TemplateReader.read(Array(try Data(contentsOf: base.appendingPathComponent("template.yaml"))), file: path)
            inputs.append(
                TemplateInput(
                    path: path, template: template, stackName: config.stackName ?? folder, region: config.region ?? "us-east-1",
                    parameterValues: config.parameterOverrides))
        }
        return inputs
    }

    /// Producer → consumer pairs (the reasons differ in spelling: a typed reference names the
    /// output, a hand-written import the export; the equivalence above checks the names).
    static func edges(_ result: Pipeline.Result) -> Set<String> {
        Set((result.resolved?.edges ?? []).map { "\($0.producer) → \($0.consumer)" })
    }

    @Test func compiledAppSynthesizesTheSameTemplatesAndEdges() throws {
        let result = Pipeline.compile(BartenderApp.app)
        #expect(result.succeeded, "\(result.diagnostics.sorted.map(\.description).joined(separator: "\n"))")
        let inputs = try Self.fixtureInputs()
        let dropped = ["ai-bartender-api": ["Application", "DatastoreStackName"], "ai-bartender-image-processing": ["DatastoreStackName"]]
        for input in inputs {
            let file = try #require(result.files.first { $0.path == "\(input.stackName).template.json" })
            let tree = try TemplateReader.read(file.contents, file: file.path)
            let differences = TemplateEquivalence.differences(input: input, synthesized: tree, droppedParameters: dropped[input.stackName] ?? [])
            #expect(differences.isEmpty, "\(differences.joined(separator: "\n"))")
        }
        let checked = Pipeline.compile(TemplateApp.make("check", region: "us-east-1", templates: inputs).app)
        #expect(Self.edges(result) == Self.edges(checked))
        #expect(Self.edges(result).count == 4)
    }
}
