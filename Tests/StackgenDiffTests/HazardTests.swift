import RolloutDemoApp
import StackgenCore
import StackgenDiff
import StackgenEmit
import StackgenPipeline
import Testing

/// Each hazard with its exact diagnostic, and the order or phases that get around it.
@Suite struct HazardTests {
    static func rollout(_ old: App, _ new: App, outside: [ExportKey: [String]] = [:]) throws -> Rollout {
        var before = try Synthesized.baseline(old, source: "v1")
        if !outside.isEmpty {
            before = Baseline(source: "deployed", plan: before.plan, stacks: before.stacks, outsideImporters: outside)
        }
        let after = try Synthesized.baseline(new, outputFolder: "out")
        let diff = Differ.diff(from: before, to: after, facts: HazardFixtures.facts)
        return RolloutPlanner.rollout(from: before, to: after, diff: diff, outputFolder: "out")
    }

    @Test func aDroppedUseUpdatesTheImporterFirst() throws {
        let rollout = try Self.rollout(HazardFixtures.droppedUse(version: 1), HazardFixtures.droppedUse(version: 2))
        #expect(rollout.diagnostics.map(\.description) == [
            """
            warning[SG601]: export 'producer:Queue' of 'producer' is removed while 'consumer' imports it
              at: stack producer › output Queue
              hint: 'consumer' stops importing it, so the rollout updates 'consumer' before 'producer'
            """
        ])
        #expect(rollout.phases.map(\.kind) == [.update])
        #expect(rollout.phases.first?.plan.waves == [["consumer"], ["producer"]])
        #expect(rollout.phases.first?.plan.steps.last?.dependsOn == [
            Plan.Dependency("consumer", reasons: ["'consumer' stops importing 'producer:Queue' before 'producer' changes it"])
        ])
    }

    @Test func aDroppedExportTheImporterStillNeedsTheProducerFirstIsKeptForAPhase() throws {
        let rollout = try Self.rollout(RolloutDemo.version1, RolloutDemo.version2)
        let diagnostic = try #require(rollout.diagnostics.first { $0.code == .exportRemovedInUse })
        #expect(
            diagnostic.description == """
                warning[SG601]: export 'rollout-demo-base:EventsTopic' of 'rollout-demo-base' is removed while 'rollout-demo-worker' imports it
                  at: stack rollout-demo-base › output EventsTopic
                  hint: 'rollout-demo-base' keeps 'rollout-demo-base:EventsTopic' until 'rollout-demo-worker' has moved; a last phase drops it
                """)
        let update = try #require(rollout.phases.first { $0.kind == .update })
        let base = try #require(update.files.first { $0.path == "rollout-demo-base.template.json" })
        #expect(base.contents.contains("\"Name\": \"rollout-demo-base:EventsTopic\""))
        let contract = try #require(rollout.phases.last)
        #expect(contract.kind == .contract)
        #expect(contract.plan.steps.map(\.name) == ["rollout-demo-base"])
        #expect(!(contract.files.first?.contents.contains("EventsTopic\"\n") ?? true))
    }

    @Test func aValueThatChangesUnderAnImporterIsPinnedFirst() throws {
        let rollout = try Self.rollout(RolloutDemo.version1, RolloutDemo.version2)
        let diagnostic = try #require(rollout.diagnostics.first { $0.code == .exportChangedInUse })
        #expect(
            diagnostic.description == """
                warning[SG602]: export 'rollout-demo-jobs-queue' of 'rollout-demo-base' changes while 'rollout-demo-worker' imports it: its value changes from {"Ref":"JobsQueue"} to {"Ref":"PriorityQueue"}
                  at: stack rollout-demo-base › output JobsQueueUrl
                  hint: 'rollout-demo-worker' first takes the current value of 'rollout-demo-base' output 'JobsQueueUrl' in place of the import, so nothing imports 'rollout-demo-jobs-queue' while it changes
                """)
        let prepare = try #require(rollout.phases.first)
        #expect(prepare.kind == .prepare)
        let step = try #require(prepare.plan.steps.first)
        #expect(step.name == "rollout-demo-worker")
        #expect(step.parameters.last == Plan.Parameter(
            "StackgenPreviousRolloutDemoJobsQueue", source: .output(stack: "rollout-demo-base", region: "eu-west-1", key: "JobsQueueUrl")))
        let template = try #require(prepare.files.first { $0.path == "rollout-demo-worker.template.json" })
        #expect(!template.contents.contains("rollout-demo-jobs-queue\""))
        #expect(template.contents.contains("\"Ref\": \"StackgenPreviousRolloutDemoJobsQueue\""))
    }

    @Test func aReplacedValueNoImporterKeepsUpdatesTheImporterFirst() throws {
        let rollout = try Self.rollout(HazardFixtures.replacedAndDropped(version: 1), HazardFixtures.replacedAndDropped(version: 2))
        #expect(rollout.diagnostics.map(\.description) == [
            """
            warning[SG602]: export 'shared-queue' of 'producer' changes while 'consumer' imports it: 'Queue' is replaced, so {"Ref":"Queue"} gets a new value
              at: stack producer › output QueueUrl
              hint: 'consumer' stops importing it, so the rollout updates 'consumer' before 'producer'
            """
        ])
        #expect(rollout.phases.map(\.kind) == [.update])
        #expect(rollout.phases.first?.plan.waves == [["consumer"], ["producer"]])
    }

    @Test func aRemovedStackIsDeletedAfterItsImportersMoved() throws {
        let rollout = try Self.rollout(RolloutDemo.version1, RolloutDemo.version2)
        let diagnostic = try #require(rollout.diagnostics.first { $0.code == .importedStackRemoved })
        #expect(
            diagnostic.description == """
                warning[SG603]: stack 'rollout-demo-legacy' is removed while 'rollout-demo-worker' imports its export 'rollout-demo-legacy:AuditTopic'
                  at: stack rollout-demo-legacy
                  hint: the rollout updates 'rollout-demo-worker' first, then deletes 'rollout-demo-legacy'
                """)
        let update = try #require(rollout.phases.first { $0.kind == .update })
        #expect(update.plan.waves == [["rollout-demo-base"], ["rollout-demo-worker"], ["delete rollout-demo-legacy"]])
        #expect(update.plan.steps.last?.command == "aws cloudformation delete-stack --stack-name rollout-demo-legacy --region eu-west-1 && aws cloudformation wait stack-delete-complete --stack-name rollout-demo-legacy --region eu-west-1")
    }

    @Test func anExportMovingToAnotherStackWhileImportedIsRefused() throws {
        let rollout = try Self.rollout(HazardFixtures.movedExport(version: 1), HazardFixtures.movedExport(version: 2))
        #expect(rollout.isBlocked)
        #expect(rollout.phases.isEmpty)
        #expect(rollout.diagnostics.map(\.description) == [
            """
            error[SG602]: export 'shared-topic' of 'first' changes while 'consumer' imports it: moves from 'first' to 'second'
              at: stack first › output TopicArn
              hint: the export moves to 'second', which cannot create it while 'first' still has it; export the value from 'second' under a new name, deploy, and remove it from 'first' once nothing imports it
            """
        ])
    }

    @Test func anExportTakenOverFromARemovedStackWhileImportedIsRefused() throws {
        let rollout = try Self.rollout(
            HazardFixtures.movedExport(version: 1), HazardFixtures.movedExport(version: 2, keepFirst: false))
        #expect(rollout.isBlocked)
        #expect(rollout.diagnostics.map(\.description) == [
            """
            error[SG603]: stack 'first' is removed while 'consumer' imports its export 'shared-topic'
              at: stack first
              hint: export 'shared-topic' moves to 'second', which cannot create it while 'first' still has it, and 'first' cannot be deleted while it is imported; export the value from 'second' under a new name first, move the importers to it, then remove 'first'
            """
        ])
    }

    @Test func anUnimportedExportThatMovesWaitsForItsOldStack() throws {
        var v1 = HazardFixtures.movedExport(version: 1)
        var v2 = HazardFixtures.movedExport(version: 2)
        v1 = App(v1.name, region: .euWest1)
        v2 = App(v2.name, region: .euWest1)
        var first = Stack("first")
        let topic = first.add("Topic", GenericResource("AWS::SNS::Topic"))
        first.output("TopicArn", topic.ref as Value<String>, exportName: "shared-topic")
        v1.add(first)
        var second = Stack("second")
        let other = second.add("Topic", GenericResource("AWS::SNS::Topic"))
        second.output("TopicArn", other.ref as Value<String>, exportName: "shared-topic")
        v2.add([Stack("first").withTopic(), second])
        let rollout = try Self.rollout(v1, v2)
        #expect(rollout.hazards.isEmpty)
        #expect(rollout.phases.first?.plan.waves == [["first"], ["second"]])
        #expect(rollout.phases.first?.plan.steps.last?.dependsOn.first?.reasons.map(\.description) == [
            "export 'shared-topic' moves from 'first' to 'second'"
        ])
    }

    @Test func aRemovedStackImportedFromOutsideTheAppIsRefused() throws {
        let key = ExportKey(name: "rollout-demo-legacy:AuditTopic", region: "eu-west-1")
        let rollout = try Self.rollout(RolloutDemo.version1, RolloutDemo.version2, outside: [key: ["billing"]])
        #expect(rollout.isBlocked)
        let diagnostic = try #require(rollout.diagnostics.first { $0.code == .importedStackRemoved })
        #expect(
            diagnostic.description == """
                error[SG603]: stack 'rollout-demo-legacy' is removed while 'billing', 'rollout-demo-worker' import its export 'rollout-demo-legacy:AuditTopic'
                  at: stack rollout-demo-legacy
                  hint: CloudFormation cannot delete 'rollout-demo-legacy' while 'billing' outside this app import from it; remove those imports first, or keep 'rollout-demo-legacy' in the app
                """)
    }

    @Test func noChangeIsOnePhaseEqualToThePlan() throws {
        let rollout = try Self.rollout(RolloutDemo.version2, RolloutDemo.version2)
        #expect(rollout.hazards.isEmpty)
        let synth = Pipeline.compile(RolloutDemo.version2, outputFolder: "out/rollout/phase-1-update")
        #expect(rollout.phases.map { CanonicalJSON.string($0.plan.json) } == [CanonicalJSON.string(try #require(synth.plan).json)])
        #expect(Set(rollout.phases.first?.files ?? []) == Set(synth.files))
    }
}
