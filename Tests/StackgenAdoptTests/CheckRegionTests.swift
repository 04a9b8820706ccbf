import Foundation
import StackgenCLI
import Testing

/// A region `check` reads at run time is not type-checked, so a misspelling would silently
/// turn every import of the stack into a cross-region one: it is a warning with a did-you-mean
/// at the line that set it (not an error: AWS opens regions stackgen does not know yet).
@Suite struct CheckRegionTests {
    func run(_ arguments: [String], samconfig: String) throws -> (code: Int32, out: String, err: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("stackgen-region-\(UUID().uuidString)")
        let stack = folder.appendingPathComponent("queue")
        try FileManager.default.createDirectory(at: stack, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "Resources:\n  Queue:\n    Type: AWS::SQS::Queue\n".write(to: stack.appendingPathComponent("template.yaml"), atomically: true, encoding: .utf8)
        if !samconfig.isEmpty {
            try samconfig.write(to: stack.appendingPathComponent("samconfig.toml"), atomically: true, encoding: .utf8)
        }
        let capture = CheckCommandTests.Capture()
        let code = StackgenCommandLine.run(
            ["check"] + arguments, apps: [AppEntry](), console: capture.console, workingDirectory: folder.path)
        return (code, capture.out, capture.err)
    }

    @Test func aMisspeltRegionInSamconfigIsAWarningAtItsLine() throws {
        let result = try run(["queue"], samconfig: "version = 0.1\n[default.deploy.parameters]\nstack_name = \"shop-queue\"\nregion = \"eu-wset-1\"\n")
        #expect(result.code == 0)
        #expect(
            result.err == """
                queue/samconfig.toml:4: warning[SG111]: region 'eu-wset-1' (from samconfig.toml) is not one stackgen knows
                  at: stack shop-queue
                  hint: did you mean 'eu-west-1'? a misspelt region turns imports into cross-region parameters

                """)
        #expect(try run(["queue", "--strict"], samconfig: "[default.deploy.parameters]\nregion = \"eu-wset-1\"\n").code == 1)
    }

    @Test func aRegionFromTheCommandLineIsCheckedToo() throws {
        let result = try run(["--stack", "shop-queue=queue@us-esat-1"], samconfig: "")
        #expect(result.err.hasPrefix("queue/template.yaml:1: warning[SG111]: region 'us-esat-1' (from --stack) is not one stackgen knows"))
        #expect(result.err.contains("hint: did you mean 'us-east-1'?"))
        #expect(try run(["--stack", "shop-queue=queue@eu-west-1"], samconfig: "").err == "")
    }
}
