import Foundation
@testable import StackgenCLI
import Testing

/// How `check` and `import` name a stack nothing names (no samconfig.toml `stack_name`, no
/// `--stack`), found by trying them on a folder of several templates side by side.
@Suite struct StackNamingTests {
    /// A scratch folder holding `files` (path → text), removed after `body`.
    func inFolder<T>(_ files: [String: String], _ body: (URL) throws -> T) throws -> T {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("stackgen-naming-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        for (path, text) in files {
            let file = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: file, atomically: true, encoding: .utf8)
        }
        return try body(folder)
    }

    func run(_ arguments: [String], in folder: URL) -> (code: Int32, out: String, err: String) {
        let capture = CheckCommandTests.Capture()
        let code = StackgenCommandLine.run(arguments, apps: [AppEntry](), console: capture.console, workingDirectory: folder.path)
        return (code, capture.out, capture.err)
    }

    static let queue = "Resources:\n  Queue:\n    Type: AWS::SQS::Queue\n"

    @Test func templatesSideBySideAreNamedAfterTheirFiles() throws {
        let files = ["infra/network_base.yaml": Self.queue, "infra/app.yml": Self.queue, "infra/template.yaml": Self.queue, "solo/template.yaml": Self.queue]
        let plan = try inFolder(files) { run(["check", ".", "--plan", "--format", "json"], in: $0) }
        #expect(plan.err == "")
        let json = try JSONSerialization.jsonObject(with: Data(plan.out.utf8)) as? [String: Any]
        let names = (json?["waves"] as? [[String]])?.flatMap { $0 }
        // Beside others, a file's stem (made a valid stack name) or, for template.yaml, the folder.
        #expect(names?.sorted() == ["app", "infra", "network-base", "solo"])
    }

    @Test func namesBecomeValidStackNames() {
        #expect(CheckInputs.validStackName("aws-samples__cross_stack.dependency") == "aws-samples-cross-stack-dependency")
        #expect(CheckInputs.validStackName("2024-api") == "stack-2024-api")
        #expect(CheckInputs.validStackName("___") == "stack")
        #expect(CheckInputs.validStackName(String(repeating: "a", count: 127) + "_b") == String(repeating: "a", count: 127))
    }

    @Test func importRefusesTwoStacksOfOneNameAndWritesNothing() throws {
        let config = "[default.deploy.parameters]\nstack_name = \"same\"\n"
        let files = ["a/template.yaml": Self.queue, "a/samconfig.toml": config, "b/template.yaml": Self.queue, "b/samconfig.toml": config]
        try inFolder(files) { folder in
            let result = run(["import", ".", "--app", "dup", "--out", "out"], in: folder)
            #expect(result.code == 1)
            #expect(
                result.err == """
                    b/template.yaml:1: error[SG106]: stack 'same' is declared twice
                      at: stack same
                      hint: the first declaration is at a/template.yaml:1; stack names are unique within an app
                    import failed: two stacks would both be written to 'SameStackCopy.swift'
                      hint: give the templates distinct stack names: 'stack_name' in the samconfig.toml beside each, or '--stack NAME=PATH'

                    """)
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path))
        }
    }

    /// aws-samples/cloudformation-cross-stack-dependency waits on the rule SAM makes of a
    /// function's EventBridgeRule event: import used to drop that `DependsOn` entry.
    @Test func importKeepsADependencyOnAResourceSAMGenerates() throws {
        let template = """
            Transform: AWS::Serverless-2016-10-31
            Resources:
              Signal:
                Type: AWS::Serverless::Function
                Properties:
                  InlineCode: "def handler(e, c): pass"
                  Handler: index.handler
                  Runtime: python3.12
                  Events:
                    ParameterRule:
                      Type: EventBridgeRule
                      Properties:
                        Pattern: {source: [aws.ssm]}
              Waiter:
                Type: AWS::SQS::Queue
                DependsOn: [Signal, SignalParameterRule]
            """
        try inFolder(["signal/template.yaml": template]) { folder in
            let result = run(["import", ".", "--app", "signal", "--out", "out"], in: folder)
            #expect(result.err == "")
            let swift = try String(contentsOf: folder.appendingPathComponent("out/SignalStack.swift"), encoding: .utf8)
            #expect(swift.contains("dependsOn: [GeneratedResource(\"Signal\"), GeneratedResource(\"SignalParameterRule\")]"))
            let report = try String(contentsOf: folder.appendingPathComponent("out/IMPORT-REPORT.md"), encoding: .utf8)
            #expect(!report.contains("DependsOn"))
        }
    }
}
