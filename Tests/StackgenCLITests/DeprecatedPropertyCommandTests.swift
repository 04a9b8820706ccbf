import StackgenCLI
import StackgenCore
import Testing

/// SG403 through the commands: shown by validate, an error under --strict, counted by plan.
@Suite struct DeprecatedPropertyCommandTests {
    static let line = #line + 4
    static func app() -> App {
        var app = App("cdn", region: .euWest1)
        var edge = Stack("cdn-edge")
        edge.add(
            "Cdn", GenericResource("AWS::CloudFront::Distribution", properties: ["DistributionConfig": ["Enabled": true, "S3Origin": ["DNSName": "x"]]]))
        app.add(edge)
        return app
    }

    static let report = """
        property 'DistributionConfig.S3Origin' of 'AWS::CloudFront::Distribution' is deprecated
          at: stack cdn-edge › resource Cdn › Properties.DistributionConfig.S3Origin
          hint: remove 'S3Origin'; the resource type's registry schema marks it deprecated, so CloudFormation may stop accepting it

        """

    @Test func validateShowsItAndStrictFails() {
        let relaxed = InProcessTests.Capture()
        #expect(StackgenCommandLine.run(["validate"], apps: [Self.app()], console: relaxed.console(), workingDirectory: "/") == 0)
        #expect(relaxed.err == "StackgenCLITests/DeprecatedPropertyCommandTests.swift:\(Self.line): warning[SG403]: " + Self.report)
        #expect(relaxed.out == "validate passed for 'cdn' (1 stacks): 0 errors, 1 warning\n")
        let strict = InProcessTests.Capture()
        #expect(StackgenCommandLine.run(["validate", "--strict"], apps: [Self.app()], console: strict.console(), workingDirectory: "/") == 1)
        #expect(strict.err == "StackgenCLITests/DeprecatedPropertyCommandTests.swift:\(Self.line): error[SG403]: " + Self.report)
        #expect(strict.out == "validate failed for 'cdn' (1 stacks): 1 error, 0 warnings\n")
    }

    @Test func planCountsIt() {
        let capture = InProcessTests.Capture()
        #expect(StackgenCommandLine.run(["plan"], apps: [Self.app()], console: capture.console(), workingDirectory: "/") == 0)
        #expect(capture.err == "1 warning; run 'stackgen validate --app cdn' to read them\n")
    }
}
