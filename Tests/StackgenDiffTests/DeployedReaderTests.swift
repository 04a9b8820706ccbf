import RolloutDemoApp
import StackgenDiff
import StackgenEmit
import Testing

@Suite struct DeployedReaderTests {
    /// Version 1 deployed; the candidates are version 2's stacks plus version 1's plan (the
    /// one a previous synth left), so the removed legacy stack is found.
    func read(_ cloud: FakeCloud) throws -> Baseline {
        let v1 = try Synthesized.baseline(RolloutDemo.version1)
        let v2 = try Synthesized.baseline(RolloutDemo.version2)
        return try DeployedReader(calls: cloud).read(app: "rollout-demo-v2", candidates: v2.plan.steps + v1.plan.steps)
    }

    @Test(arguments: [true, false])
    func readsWhatAFolderBaselineHasPlusTheDeployedValues(listImports: Bool) throws {
        let v1 = try Synthesized.baseline(RolloutDemo.version1)
        let deployed = try read(FakeCloud(v1, listImports: listImports))
        #expect(deployed.source == "deployed")
        #expect(deployed.stacks.map(\.name) == ["rollout-demo-base", "rollout-demo-worker", "rollout-demo-legacy"])
        for stack in deployed.stacks {
            #expect(stack.template == v1.stack(named: stack.name)?.template)
            #expect(stack.imports == v1.stack(named: stack.name)?.imports)
        }
        let base = try #require(deployed.stack(named: "rollout-demo-base"))
        #expect(base.outputs.map(\.deployedValue) == ["value-of-JobsQueueUrl", "value-of-EventsTopic"])
        #expect(deployed.outsideImporters.isEmpty)
    }

    @Test(arguments: [true, false])
    func importersOutsideTheAppAreFoundWithOrWithoutListImports(listImports: Bool) throws {
        let v1 = try Synthesized.baseline(RolloutDemo.version1)
        var cloud = FakeCloud(v1, listImports: listImports)
        cloud.stacks["billing"] = FakeCloud.Deployed(
            region: "eu-west-1", status: "CREATE_COMPLETE",
            templateBody: #"{"Resources": {"P": {"Type": "AWS::SSM::Parameter", "Properties": {"Type": "String", "Value": {"Fn::ImportValue": "rollout-demo-legacy:AuditTopic"}}}}}"#,
            outputs: [])
        let deployed = try read(cloud)
        #expect(deployed.outsideImporters == [ExportKey(name: "rollout-demo-legacy:AuditTopic", region: "eu-west-1"): ["billing"]])
        // And the rollout refuses to delete the legacy stack, naming the outside importer.
        let new = try Synthesized.baseline(RolloutDemo.version2)
        let rollout = RolloutPlanner.rollout(
            from: deployed, to: new, diff: Differ.diff(from: deployed, to: new, facts: HazardFixtures.factsWithDemo), outputFolder: "out")
        #expect(rollout.isBlocked)
        #expect(rollout.diagnostics.first { $0.code == .importedStackRemoved }?.message
            == "stack 'rollout-demo-legacy' is removed while 'billing', 'rollout-demo-worker' import its export 'rollout-demo-legacy:AuditTopic'")
    }

    @Test func stacksNotDeployedOrRolledBackAreLeftOut() throws {
        let v1 = try Synthesized.baseline(RolloutDemo.version1)
        var cloud = FakeCloud(v1)
        cloud.stacks["rollout-demo-legacy"] = nil
        if let worker = cloud.stacks["rollout-demo-worker"] {
            cloud.stacks["rollout-demo-worker"] = FakeCloud.Deployed(
                region: worker.region, status: "ROLLBACK_COMPLETE", templateBody: worker.templateBody, outputs: worker.outputs)
        }
        #expect(try read(cloud).stacks.map(\.name) == ["rollout-demo-base"])
    }

    @Test func aStackInProgressStopsTheReadWithAHint() throws {
        let v1 = try Synthesized.baseline(RolloutDemo.version1)
        var cloud = FakeCloud(v1)
        if let base = cloud.stacks["rollout-demo-base"] {
            cloud.stacks["rollout-demo-base"] = FakeCloud.Deployed(
                region: base.region, status: "UPDATE_IN_PROGRESS", templateBody: base.templateBody, outputs: base.outputs)
        }
        #expect(throws: BaselineError(
            "stack 'rollout-demo-base' is UPDATE_IN_PROGRESS", at: "aws cloudformation describe-stacks --stack-name rollout-demo-base --region eu-west-1",
            hint: "wait until it settles, then run again: a rollout is planned against stacks at rest")
        ) { try read(cloud) }
    }

    @Test func theRolloutFromTheDeployedVersionMatchesTheOneFromItsFolder() throws {
        let v1 = try Synthesized.baseline(RolloutDemo.version1, source: "deployed")
        let new = try Synthesized.baseline(RolloutDemo.version2)
        let deployed = try read(FakeCloud(v1))
        let facts = HazardFixtures.factsWithDemo
        let fromFolder = RolloutPlanner.rollout(from: v1, to: new, diff: Differ.diff(from: v1, to: new, facts: facts), outputFolder: "out")
        let fromCloud = RolloutPlanner.rollout(
            from: deployed, to: new, diff: Differ.diff(from: deployed, to: new, facts: facts), outputFolder: "out")
        #expect(fromCloud.diagnostics == fromFolder.diagnostics)
        #expect(fromCloud.phases.map(\.kind) == fromFolder.phases.map(\.kind))
        #expect(fromCloud.phases.dropFirst().map(\.files) == fromFolder.phases.dropFirst().map(\.files))
        // The deployed value is known: the importer holds it as written, with no parameter.
        let worker = try #require(fromCloud.phases.first?.files.first { $0.path == "rollout-demo-worker.template.json" })
        #expect(worker.contents.contains("\"Value\": \"value-of-JobsQueueUrl\""))
        #expect(!worker.contents.contains("Parameters"))
        #expect(fromCloud.phases.first?.plan.steps.first?.parameters == [])
    }
}
