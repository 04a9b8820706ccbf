import Foundation
import StackgenCLI
import StackgenCore
import Testing

/// Runs the CLI in-process with apps made for the test, to reach failure paths the
/// binary's registered apps do not have.
@Suite struct InProcessTests {
    final class Capture: @unchecked Sendable {
        private let lock = NSLock()
        private var outText = ""
        private var errText = ""
        var out: String { lock.withLock { outText } }
        var err: String { lock.withLock { errText } }
        func console(color: Bool = false) -> Console {
            Console(
                out: { text in self.lock.withLock { self.outText += text } },
                err: { text in self.lock.withLock { self.errText += text } }, colorErrors: color)
        }
    }

    static func cyclicApp() -> App {
        var app = App("loop", region: .euWest1)
        var a = Stack("loop-a")
        var b = Stack("loop-b")
        let alpha = a.add("Alpha", GenericResource("AWS::SNS::Topic"))
        let beta = b.add("Beta", GenericResource("AWS::SNS::Topic"))
        a.add("UsesBeta", GenericResource("AWS::SQS::Queue", properties: ["QueueName": Expr(beta.getAtt("TopicName"))]))
        b.add("UsesAlpha", GenericResource("AWS::SQS::Queue", properties: ["QueueName": Expr(alpha.getAtt("TopicName"))]))
        app.add([a, b])
        return app
    }

    /// The line of the export's declaration, where the SG401 diagnostic points.
    static let exportLine = #line + 6

    static func appWithUnusedExport() -> App {
        var app = App("lonely", region: .euWest1)
        var a = Stack("lonely-a")
        let topic = a.add("Topic", GenericResource("AWS::SNS::Topic"))
        a.output("TopicArn", topic.ref, exportName: "lonely-a:topic-arn")
        app.add(a)
        return app
    }

    @Test func failedSynthLeavesPreviousOutputIntact() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("stackgen-inproc-\(UUID().uuidString)")
        let out = folder.appendingPathComponent("stackgen.out/loop")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try Data("previous".utf8).write(to: out.appendingPathComponent("loop-a.template.json"))
        let capture = Capture()
        let status = StackgenCommandLine.run(["synth"], apps: [Self.cyclicApp()], console: capture.console(), workingDirectory: folder.path)
        #expect(status == 1)
        // The whole report; only the Swift location before the first line is left open.
        #expect(
            capture.err.hasSuffix(
                """
                error[SG201]: dependency cycle: loop-a → loop-b → loop-a
                  at: stack loop-a
                  hint: break one of these uses:
                    loop-b ← loop-a (loop-a.Alpha.TopicName)
                    loop-a ← loop-b (loop-b.Beta.TopicName)
                synth failed: 1 error, 0 warnings; nothing written

                """))
        #expect(capture.err.hasSuffix("synth failed: 1 error, 0 warnings; nothing written\n"))
        #expect(try String(contentsOf: out.appendingPathComponent("loop-a.template.json"), encoding: .utf8) == "previous")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == ["loop-a.template.json"])
    }

    @Test func strictTurnsWarningsIntoErrors() {
        let relaxed = Capture()
        #expect(StackgenCommandLine.run(["validate"], apps: [Self.appWithUnusedExport()], console: relaxed.console(), workingDirectory: "/") == 0)
        let unused = """
            export 'lonely-a:topic-arn' is not imported by any stack of this app
              at: stack lonely-a › output TopicArn
              hint: drop 'exportName' unless something outside this app imports it; an imported export cannot be renamed or removed

            """
        #expect(relaxed.err == "StackgenCLITests/InProcessTests.swift:\(Self.exportLine): warning[SG401]: " + unused)
        let strict = Capture()
        #expect(StackgenCommandLine.run(["validate", "--strict"], apps: [Self.appWithUnusedExport()], console: strict.console(), workingDirectory: "/") == 1)
        #expect(strict.err == "StackgenCLITests/InProcessTests.swift:\(Self.exportLine): error[SG401]: " + unused)
        #expect(strict.out == "validate failed for 'lonely' (1 stacks): 1 error, 0 warnings\n")
    }

    @Test func colourOnlyWhenAsked() {
        let plain = Capture()
        _ = StackgenCommandLine.run(["validate"], apps: [Self.cyclicApp()], console: plain.console(), workingDirectory: "/")
        #expect(!plain.err.contains("\u{1B}["))
        let colored = Capture()
        _ = StackgenCommandLine.run(["validate"], apps: [Self.cyclicApp()], console: colored.console(color: true), workingDirectory: "/")
        #expect(colored.err.contains("\u{1B}[1;31merror[SG201]:\u{1B}[0m"))
    }

    @Test func listPrintsExactlyTheRegisteredApps() {
        let apps = [OutputOwnershipTests.shop(stacks: ["shop-a", "shop-b"]), Self.appWithUnusedExport()]
        let text = Capture()
        #expect(StackgenCommandLine.run(["list"], apps: apps, console: text.console(), workingDirectory: "/") == 0)
        #expect(text.out == "shop (default): 2 stacks\n  shop-a  eu-west-1\n  shop-b  eu-west-1\nlonely: 1 stacks\n  lonely-a  eu-west-1\n")
        let json = Capture()
        #expect(StackgenCommandLine.run(["list", "--format", "json"], apps: apps, console: json.console(), workingDirectory: "/") == 0)
        #expect(
            json.out == """
                {
                  "apps": [
                    {
                      "name": "shop",
                      "stacks": [
                        "shop-a",
                        "shop-b"
                      ]
                    },
                    {
                      "name": "lonely",
                      "stacks": [
                        "lonely-a"
                      ]
                    }
                  ]
                }

                """)
        #expect(text.err.isEmpty && json.err.isEmpty)
    }

    @Test func planFailsWithExitCodeOneOnErrors() {
        let capture = Capture()
        #expect(StackgenCommandLine.run(["plan"], apps: [Self.cyclicApp()], console: capture.console(), workingDirectory: "/") == 1)
        #expect(capture.out.isEmpty)
    }
}
