import Foundation
import StackgenCLI
import StackgenCore
import Testing

/// A template the verifier rejects is stackgen's bug: exit 70, `internal error: …, please
/// report`, nothing written.
@Suite struct InternalErrorTests {
    /// An intrinsic built by hand as a raw function is opaque to the resolver (the typed
    /// `.getAtt` is what it links), so this reference to nothing reaches the template; the
    /// verifier is what stops it.
    static func appWithOpaqueReference() -> App {
        var app = App("sub", region: .euWest1)
        var stack = Stack("sub-a")
        let opaque = Expr.function("GetAtt", .list([.string("Nowhere"), .string("Arn")]))
        stack.add("Topic", GenericResource("AWS::SNS::Topic", properties: ["DisplayName": opaque]))
        app.add(stack)
        return app
    }

    static let message = "internal error: sub-a.template.json at Resources/Topic/Properties/DisplayName/Fn::GetAtt: "
        + "Fn::GetAtt 'Nowhere.Arn' names no resource of the template, please report\n"

    @Test(arguments: ["validate", "plan"]) func commandExitsSeventy(_ command: String) {
        let capture = InProcessTests.Capture()
        let status = StackgenCommandLine.run([command], apps: [Self.appWithOpaqueReference()], console: capture.console(), workingDirectory: "/")
        #expect(status == 70)
        #expect(capture.err == Self.message)
        #expect(capture.out == "")
    }

    @Test func synthWritesNothing() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("stackgen-internal-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let capture = InProcessTests.Capture()
        let status = StackgenCommandLine.run(["synth"], apps: [Self.appWithOpaqueReference()], console: capture.console(), workingDirectory: folder.path)
        #expect(status == 70)
        #expect(capture.err == Self.message)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [])
    }
}
