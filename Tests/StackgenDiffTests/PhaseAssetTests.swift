import StackgenCore
import StackgenDiff
import StackgenEmit
import Testing

/// A phase's templates sit in `<out>/rollout/phase-<n>-<kind>/`, two folders below the
/// templates the asset stage wrote paths for: `aws cloudformation package` reads a local
/// path relative to the template, so each phase's paths must lead to the same code.
@Suite struct PhaseAssetTests {
    /// `consumer` runs a SAM function whose code is in this repository and hands it the
    /// producer's exported queue URL, which version 2 points at another queue: the prepare
    /// phase carries the consumer's version-1 template, the update phase both new ones.
    static func app(version: Int) -> App {
        var app = App("coded", region: .euWest1, sourceRoot: "Examples/DeployDrillCode")
        var producer = Stack("producer")
        let queue = producer.add(version == 1 ? "Jobs" : "Priority", GenericResource("AWS::SQS::Queue"))
        let url = producer.output("QueueUrl", queue.ref as Value<String>, exportName: "coded-queue")
        var consumer = Stack("consumer")
        consumer.transforms = ["AWS::Serverless-2016-10-31"]
        let value: Value<String> = url.value
        consumer.add(
            "Worker",
            GenericResource(
                "AWS::Serverless::Function",
                properties: [
                    "CodeUri": "worker/", "Handler": "index.handler", "Runtime": "python3.13",
                    "Environment": ["Variables": ["QUEUE_URL": Expr(value)]],
                ]))
        app.add([producer, consumer])
        return app
    }

    /// The baseline synthesized into `v1`, the phases written under `out`.
    static func rollout() throws -> Rollout {
        let old = try Synthesized.baseline(app(version: 1), source: "v1", outputFolder: "v1")
        let new = try Synthesized.baseline(app(version: 2), outputFolder: "out")
        let diff = Differ.diff(from: old, to: new, facts: HazardFixtures.facts)
        return RolloutPlanner.rollout(from: old, to: new, diff: diff, outputFolder: "out", baselineFolder: "../v1")
    }

    @Test func everyPhaseFindsTheFunctionsCodeFromItsOwnFolder() throws {
        let rollout = try Self.rollout()
        #expect(rollout.phases.map(\.kind) == [.prepare, .update])
        for phase in rollout.phases {
            let template = try #require(phase.files.first { $0.path == "consumer.template.json" })
            let body = try TemplateValue.parse(Array(template.contents.utf8), file: template.path)
            let codeUri = try #require(body["Resources"]?["Worker"]?["Properties"]?["CodeUri"]?.string)
            #expect(codeUri == "../../../Examples/DeployDrillCode/worker/", "\(phase.folder)")
            // From the phase's folder, the path leads to the code in this repository.
            #expect(AssetPath.joined("out/\(phase.folder)", codeUri) == "Examples/DeployDrillCode/worker")
            #expect(phase.plan.assets.map(\.path) == [codeUri])
            #expect(phase.plan.assets.map(\.stack) == ["consumer"])
            #expect(phase.plan.assets.map(\.property) == ["CodeUri"])
        }
    }

    @Test func theProducersTemplateHasNoLocalCodeAndNoAssets() throws {
        let update = try #require(try Self.rollout().phases.last)
        let producer = try #require(update.files.first { $0.path == "producer.template.json" })
        #expect(!producer.contents.contains("Examples"))
        #expect(update.plan.assets.allSatisfy { $0.stack == "consumer" })
    }
}
