import Foundation
import StackgenCLI
import StackgenTestSupport
import Testing

/// `stackgen check` on a hand-written system in the seed's layout: exact diagnostics, exact
/// plan, and the graph errors a migration must see (cross-region import, missing export with
/// did-you-mean, cycle with its path, an import only known at deploy time).
@Suite struct CheckCommandTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let golden = Golden.folder(besides: #filePath)

    final class Capture: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var out = ""
        private(set) var err = ""
        var console: Console {
            Console(
                out: { text in self.lock.withLock { self.out += text } },
                err: { text in self.lock.withLock { self.err += text } }, colorErrors: false)
        }
    }

    func check(_ arguments: [String], in fixture: String = "bartender") -> (code: Int32, out: String, err: String) {
        let capture = Capture()
        let code = StackgenCommandLine.run(
            ["check"] + arguments, apps: [AppEntry](), console: capture.console,
            workingDirectory: Self.fixtures.appendingPathComponent(fixture).path)
        return (code, capture.out, capture.err)
    }

    func expectGolden(_ text: String, _ name: String) {
        if let failure = Golden.check(text, named: name, in: Self.golden) { Issue.record(Comment(rawValue: failure)) }
    }

    static let hosting = "--param=ai-bartender-image-processing.HostingStackName=ai-bartender-hosting"

    @Test func reportsUnusedExportsAndTheImportOnlyKnownAtDeploy() {
        let result = check(["."])
        #expect(result.code == 0)
        #expect(result.out == "check passed for 7 templates: 0 errors, 5 warnings\n")
        expectGolden(result.err, "check-bartender.txt")
        #expect(result.err.contains("""
            services/image-processing/template.yaml:23: warning[SG210]: import name '${HostingStackName}:frontend-bucket-name' \
            cannot be resolved before deploy, so its producer is unknown
            """))
    }

    @Test func plansTheTemplatesInWaves() {
        let text = check([".", Self.hosting, "--plan"])
        #expect(text.code == 0)
        expectGolden(text.out, "check-bartender-plan.txt")
        let json = check([".", Self.hosting, "--plan", "--format", "json"])
        #expect(json.code == 0)
        expectGolden(json.out, "check-bartender-plan.json")
    }

    @Test func crossRegionImportChosenByAParameterIsAnError() {
        let result = check([".", "--param", "ai-bartender-hosting.CertificateSource=import"])
        #expect(result.code == 1)
        #expect(result.err.contains("""
            infrastructure/hosting/template.yaml:17: error[SG208]: 'Fn::ImportValue' of 'ai-bartender-hosting-ssl:certificate-arn' \
            crosses regions: exported in us-east-1 by 'ai-bartender-hosting-ssl', imported in eu-west-1
              at: stack ai-bartender-hosting › resource Distribution › Properties.DistributionConfig.ViewerCertificate.AcmCertificateArn
              hint: imports cannot cross regions: pass the producer's output as a parameter (samconfig.toml 'parameter_overrides')
            """))
    }

    @Test func misspelledStackNameParameterGetsADidYouMean() {
        let result = check([".", "--param", "ai-bartender-api.DatastoreStackName=ai-bartender-datastor"])
        #expect(result.code == 1)
        #expect(result.err.contains("""
            services/api/template.yaml:18: error[SG202]: import of 'ai-bartender-datastor:cluster-endpoint' has no export in this app
              at: stack ai-bartender-api › resource DrinksFunction › Properties.Environment.Variables.DSQL_ENDPOINT
              hint: did you mean 'ai-bartender-datastore:cluster-endpoint'?
            """))
    }

    @Test func cycleIsPrintedWithItsPath() {
        let result = check(["."], in: "cycle")
        #expect(result.code == 1)
        #expect(result.err == """
            payments/template.yaml:4: error[SG201]: dependency cycle: orders → payments → orders
              at: stack orders
              hint: break the cycle: move the shared resource to its own stack, or pass one value as a parameter

            """)
    }

    @Test func usageErrors() {
        #expect(check([]).code == 64)
        #expect(check(["missing-folder"]).code == 64)
        #expect(check([".", "--stack", "no-equals"]).code == 64)
        #expect(check([".", "--param", "noDot=1"]).code == 64)
        #expect(check([".", "--format", "mermaid"]).code == 64)
    }
}
