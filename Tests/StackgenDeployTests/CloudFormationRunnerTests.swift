import Foundation
import StackgenDeploy
import StackgenEmit
import Testing

@Suite struct CloudFormationRunnerTests {
    /// Packaged templates the runner asked the output folder to keep, by name.
    final class Kept: @unchecked Sendable {
        private let lock = NSLock()
        private var files: [String: String] = [:]
        var all: [String: String] { lock.withLock { files } }
        func keep(_ name: String, _ bytes: [UInt8]) -> Result<String, DeploySettings.WriteFailure> {
            lock.withLock { files[name] = String(decoding: bytes, as: UTF8.self) }
            return .success("/out/.stackgen/packaged/\(name)")
        }
    }

    static func runner(
        _ commands: ScriptedCommands, assets: Set<String> = [], parameters: [String: String] = [:], kept: Kept = Kept(),
        keep: (@Sendable (String, [UInt8]) -> Result<String, DeploySettings.WriteFailure>)? = nil
    ) -> CloudFormationRunner {
        let settings = DeploySettings(
            app: "shop", outputFolder: "/out", sourceRoot: "/src", stacksWithAssets: assets,
            parameters: parameters, pollSeconds: 0, readFile: { _ in Array("{}".utf8) }, keepPackaged: keep ?? kept.keep)
        return CloudFormationRunner(aws: AWSCLI(commands: commands), commands: commands, settings: settings)
    }

    static let hosting = Plan.Step(
        "shop-hosting", kind: .stack, region: "eu-west-1", wave: 2, template: "shop-hosting.template.json",
        dependsOn: [Plan.Dependency("shop-cert")], capabilities: ["CAPABILITY_IAM"],
        parameters: [
            Plan.Parameter("CertificateArn", source: .output(stack: "shop-cert", region: "us-east-1", key: "CertificateArn")),
            Plan.Parameter("Stage", source: .defaultValue(.string("prod"))),
        ],
        command: "")

    static let certificate = ["shop-cert": ["CertificateArn": "arn:aws:acm:us-east-1:1:certificate/abc"]]

    @Test func createsANewStackWithCrossRegionValuesAndReturnsItsOutputs() {
        let commands = ScriptedCommands()
        commands.on("describe-stacks", "shop-hosting", fail: ScriptedCommands.missing)
        commands.on("create-stack", answer: "{\"StackId\": \"id\"}")
        commands.describe("shop-hosting", "CREATE_IN_PROGRESS")
        commands.describe("shop-hosting", "CREATE_COMPLETE", outputs: ["Domain": "d123.cloudfront.net"])
        let outcome = Self.runner(commands).run(Self.hosting, inputs: StepInputs(outputs: Self.certificate))
        #expect(outcome.result == .succeeded(status: "CREATE_COMPLETE"))
        #expect(outcome.outputs == ["Domain": "d123.cloudfront.net"])
        let parameters = """
            [
              {
                "ParameterKey": "CertificateArn",
                "ParameterValue": "arn:aws:acm:us-east-1:1:certificate/abc"
              }
            ]
            """
        #expect(
            commands.calls[1] == [
                "aws", "cloudformation", "create-stack", "--stack-name", "shop-hosting", "--template-body",
                "file:///out/shop-hosting.template.json", "--parameters", parameters, "--capabilities", "CAPABILITY_IAM", "--region", "eu-west-1",
            ])
        #expect(commands.calls[1].suffix(2) != ["--region", "us-east-1"])
        #expect(commands.calls[1].suffix(2) == ["--region", "eu-west-1"])
    }

    @Test func noUpdatesIsReportedAsUnchanged() {
        let commands = ScriptedCommands()
        commands.describe("shop-hosting", "UPDATE_COMPLETE", outputs: ["Domain": "d"])
        commands.on("update-stack", fail: "An error occurred (ValidationError) when calling the UpdateStack operation: No updates are to be performed.")
        let outcome = Self.runner(commands).run(Self.hosting, inputs: StepInputs(outputs: Self.certificate))
        #expect(outcome.result == .unchanged)
        #expect(outcome.status == "unchanged")
        #expect(outcome.outputs == ["Domain": "d"])
    }

    @Test func aFailedStackNamesItsFirstFailedResource() {
        let commands = ScriptedCommands()
        commands.on("describe-stacks", "shop-hosting", fail: ScriptedCommands.missing)
        commands.on("create-stack", answer: "{}")
        commands.describe("shop-hosting", "ROLLBACK_COMPLETE")
        // Newest first, as CloudFormation lists events: the cause is the oldest failure.
        commands.on(
            "describe-stack-events",
            answer: "Distribution\tAWS::CloudFront::Distribution\tCREATE_FAILED\tResource creation cancelled\nCertificateCheck\tAWS::Lambda::Function\tCREATE_FAILED\tRole arn:aws:iam::1:role/x is invalid\n")
        let outcome = Self.runner(commands).run(Self.hosting, inputs: StepInputs(outputs: Self.certificate))
        #expect(outcome.result == .failed(status: "ROLLBACK_COMPLETE", reason: "CertificateCheck (AWS::Lambda::Function) CREATE_FAILED: Role arn:aws:iam::1:role/x is invalid"))
    }

    @Test func aRolledBackFirstAttemptIsDeletedBeforeCreatingAgain() {
        let commands = ScriptedCommands()
        commands.describe("shop-hosting", "ROLLBACK_COMPLETE")
        commands.on("delete-stack")
        commands.on("describe-stacks", "shop-hosting", fail: ScriptedCommands.missing)
        commands.on("create-stack", answer: "{}")
        commands.describe("shop-hosting", "CREATE_COMPLETE")
        let outcome = Self.runner(commands).run(Self.hosting, inputs: StepInputs(outputs: Self.certificate))
        #expect(outcome.result == .succeeded(status: "CREATE_COMPLETE"))
        #expect(commands.lines.map { $0.split(separator: " ").prefix(2).joined(separator: " ") } == [
            "cloudformation describe-stacks", "cloudformation delete-stack", "cloudformation describe-stacks", "cloudformation create-stack",
            "cloudformation describe-stacks",
        ])
    }

    @Test func aMissingProducerOutputOrRequiredValueStopsBeforeAnyCall() {
        let commands = ScriptedCommands()
        let missingOutput = Self.runner(commands).run(Self.hosting, inputs: StepInputs(outputs: ["shop-cert": [:]]))
        #expect(missingOutput.result == .failed(status: "READ_FAILED", reason: "stack 'shop-cert' has no output 'CertificateArn' for parameter 'CertificateArn'"))
        let step = Plan.Step(
            "shop-db", kind: .stack, region: "eu-west-1", wave: 1, template: "shop-db.template.json", dependsOn: [],
            parameters: [Plan.Parameter("AdminPassword", source: .required)], command: "")
        let required = Self.runner(commands).run(step, inputs: StepInputs(outputs: [:]))
        #expect(required.result == .failed(status: "NOT_STARTED", reason: "parameter 'AdminPassword' has no value; pass it with '--parameter AdminPassword=value'"))
        #expect(commands.calls.isEmpty)
    }

    @Test func localArtifactsArePackagedIntoTheBootstrapBucket() {
        let commands = ScriptedCommands()
        commands.on("describe-stacks", "shop-hosting", fail: ScriptedCommands.missing)
        commands.describe("stackgen-bootstrap", "CREATE_COMPLETE", outputs: ["BucketName": "stackgen-artifacts-1-eu-west-1"])
        commands.on("package", answer: "\n{\"Resources\": {\"F\": {\"Properties\": {\"CodeUri\": \"s3://b/k\"}}}}\n")
        commands.on("create-stack", answer: "{}")
        commands.describe("shop-hosting", "CREATE_COMPLETE")
        let kept = Self.Kept()
        let outcome = Self.runner(commands, assets: ["shop-hosting"], kept: kept).run(Self.hosting, inputs: StepInputs(outputs: Self.certificate))
        #expect(outcome.succeeded)
        // The CLI prints the packaged template; the output folder's owner writes it.
        #expect(commands.lines.contains(
            "cloudformation package --template-file /out/shop-hosting.template.json --s3-bucket stackgen-artifacts-1-eu-west-1 --s3-prefix shop --use-json"))
        #expect(kept.all == ["shop-hosting.template.json": "{\"Resources\": {\"F\": {\"Properties\": {\"CodeUri\": \"s3://b/k\"}}}}\n"])
        #expect(commands.lines.contains { $0.contains("--template-body file:///out/.stackgen/packaged/shop-hosting.template.json") })
    }

    @Test func aPackagedTemplateTheOutputFolderRefusesStopsTheStep() {
        let commands = ScriptedCommands()
        commands.on("describe-stacks", "shop-hosting", fail: ScriptedCommands.missing)
        commands.describe("stackgen-bootstrap", "CREATE_COMPLETE", outputs: ["BucketName": "stackgen-artifacts-1-eu-west-1"])
        commands.on("package", answer: "{}")
        let refused = DeploySettings.WriteFailure(reason: "cannot keep the packaged template: cannot write '.stackgen': Too many levels of symbolic links")
        let outcome = Self.runner(commands, assets: ["shop-hosting"], keep: { _, _ in .failure(refused) })
            .run(Self.hosting, inputs: StepInputs(outputs: Self.certificate))
        #expect(outcome.result == .failed(status: "PACKAGE_FAILED", reason: refused.reason))
        #expect(!commands.lines.contains { $0.contains("create-stack") })
    }

    @Test func withoutABootstrapBucketTheStepSaysWhatToRun() {
        let commands = ScriptedCommands()
        commands.on("describe-stacks", "shop-hosting", fail: ScriptedCommands.missing)
        commands.on("describe-stacks", "stackgen-bootstrap", fail: ScriptedCommands.missing)
        let outcome = Self.runner(commands, assets: ["shop-hosting"]).run(Self.hosting, inputs: StepInputs(outputs: Self.certificate))
        #expect(outcome.result == .failed(status: "NOT_STARTED", reason: "no artifact bucket in eu-west-1; run 'stackgen bootstrap --region eu-west-1' once first"))
    }

    @Test func scriptsGetTheOutputsOfTheStacksTheyFollow() {
        let step = Plan.Step("seed", kind: .script, region: nil, wave: 2, template: nil, dependsOn: [Plan.Dependency("shop-data")], command: "./seed.sh")
        let environment = CloudFormationRunner.scriptEnvironment(for: step, outputs: ["shop-data": ["TableName": "orders"], "other": ["X": "1"]])
        #expect(environment == ["STACKGEN_OUTPUT_SHOP_DATA_TableName": "orders", "TableName": "orders"])
    }

    @Test func statusesAreClassifiedByOneTable() {
        #expect(StackStatus.kind("UPDATE_COMPLETE_CLEANUP_IN_PROGRESS") == .inProgress)
        #expect(StackStatus.kind("CREATE_COMPLETE") == .succeeded)
        #expect(StackStatus.kind("UPDATE_ROLLBACK_COMPLETE") == .failed)
        #expect(StackStatus.kind("ROLLBACK_COMPLETE") == .failed)
        #expect(StackStatus.kind("DELETE_FAILED") == .failed)
        #expect(StackStatus.mustBeDeletedBeforeCreating("ROLLBACK_COMPLETE"))
        #expect(StackStatus.mustBeDeletedBeforeCreating("CREATE_FAILED"))
        #expect(!StackStatus.mustBeDeletedBeforeCreating("CREATE_COMPLETE"))
        #expect(!StackStatus.mustBeDeletedBeforeCreating("UPDATE_ROLLBACK_COMPLETE"))
    }
}
