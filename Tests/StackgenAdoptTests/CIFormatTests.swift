import Foundation
import StackgenCLI
import StackgenCore
import Testing

/// `--format github` and `--format sarif` of `check` and `validate`: workflow annotations
/// carrying file and line, and SARIF 2.1.0 that the pinned sarif-tools library reads back.
@Suite struct CIFormatTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardizedFileURL
    static let python = root.appendingPathComponent(".venv/bin/python")
    static var hasSarifTools: Bool {
        guard FileManager.default.isExecutableFile(atPath: python.path) else { return false }
        return (try? run(python, ["-c", "import sarif.loader"]).status) == 0
    }

    /// A Swift app with one finding: an export nobody imports.
    static var demo: App {
        var app = App("demo", region: .euWest1, file: "Demo/App.swift", line: 1)
        var stack = Stack("producer", file: "Demo/Producer.swift", line: 3)
        let topic = stack.add("Topic", GenericResource("AWS::SNS::Topic"), file: "Demo/Producer.swift", line: 4)
        stack.output("TopicArn", topic.ref, exportName: "demo-topic", file: "Demo/Producer.swift", line: 5)
        app.add(stack)
        return app
    }

    func run(_ arguments: [String], folder: String = "bartender") -> (code: Int32, out: String) {
        let capture = CheckCommandTests.Capture()
        let code = StackgenCommandLine.run(
            arguments, apps: [Self.demo], console: capture.console,
            workingDirectory: CheckCommandTests.fixtures.appendingPathComponent(folder).path)
        return (code, capture.out)
    }

    @Test func githubAnnotationsCarryFileAndLine() {
        let cycle = run(["check", ".", "--format", "github"], folder: "cycle")
        #expect(cycle.code == 1)
        #expect(cycle.out == """
            ::error file=payments/template.yaml,line=4,title=SG201 stack orders::dependency cycle: orders → payments → orders\
            %0Ahint: break one of these uses:%0A    payments ← orders (export 'orders:queue-arn')%0A    orders ← payments (export 'payments:dlq-arn')

            """)
        let validate = run(["validate", "--app", "demo", "--format", "github"])
        #expect(validate.code == 0)
        #expect(validate.out.hasPrefix("""
            ::warning file=Demo/Producer.swift,line=5,title=SG401 stack producer › output TopicArn::export 'demo-topic' \
            is not imported by any stack of this app%0Ahint: 
            """))
        #expect(validate.out.split(separator: "\n").count == 1)
    }

    @Test func sarifNamesTheCodeAsRuleAndTheLineAsRegion() {
        let sarif = run(["check", ".", "--format", "sarif"], folder: "cycle").out
        #expect(sarif.contains("\"version\": \"2.1.0\""))
        #expect(sarif.contains("\"ruleId\": \"SG201\""))
        #expect(sarif.contains("\"uri\": \"payments/template.yaml\""))
        #expect(sarif.contains("\"startLine\": 4"))
    }

    @Test(.enabled(if: hasSarifTools, ".venv with sarif-tools is absent (scripts/install-judges.sh)"))
    func sarifToolsReadsTheLogsBack() throws {
        let check = try readBack(run(["check", ".", "--format", "sarif"]).out)
        #expect(check == """
            warning SG401 services/api/template.yaml:36
            warning SG401 infrastructure/auth/template.yaml:9
            warning SG401 infrastructure/hosting/template.yaml:41
            warning SG401 infrastructure/hosting-ssl/template.yaml:14
            warning SG210 services/image-processing/template.yaml:23

            """)
        let validate = try readBack(run(["validate", "--app", "demo", "--format", "sarif"]).out)
        #expect(validate == "warning SG401 Demo/Producer.swift:5\n")
    }

    private func readBack(_ sarif: String) throws -> String {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("stackgen-\(UUID().uuidString).sarif")
        try Data(sarif.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try Self.run(Self.python, [Self.root.appendingPathComponent("scripts/read-sarif.py").path, file.path])
        #expect(result.status == 0, "\(result.output)")
        return result.output
    }

    static func run(_ executable: URL, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output)
    }
}
