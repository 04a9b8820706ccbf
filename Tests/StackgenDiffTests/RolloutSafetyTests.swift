import RolloutDemoApp
import StackgenCore
import StackgenDiff
import StackgenEmit
import StackgenPipeline
import Testing

/// Every phase plan replayed against the in-use rule: no step removes or changes an export
/// that a deployed stack still imports, and the end state is the new version's synth. The
/// naive order (the new plan alone) is replayed too, to show what the phases avoid.
@Suite struct RolloutSafetyTests {
    static let pairs: [(String, App, App)] = [
        ("rollout-demo", RolloutDemo.version1, RolloutDemo.version2),
        ("dropped", HazardFixtures.droppedUse(version: 1), HazardFixtures.droppedUse(version: 2)),
        ("replaced", HazardFixtures.replacedAndDropped(version: 1), HazardFixtures.replacedAndDropped(version: 2)),
        ("demo back to version 1", RolloutDemo.version2, RolloutDemo.version1),
    ]

    @Test(arguments: pairs.map(\.0))
    func phasesNeverBreakAnExportInUseAndEndAtTheNewSynth(_ name: String) throws {
        let (_, v1, v2) = try #require(Self.pairs.first { $0.0 == name })
        let old = try Synthesized.baseline(v1)
        let new = try Synthesized.baseline(v2)
        let rollout = RolloutPlanner.rollout(
            from: old, to: new, diff: Differ.diff(from: old, to: new, facts: HazardFixtures.factsWithDemo), outputFolder: "out")
        var rule = InUseRule(old, facts: HazardFixtures.factsWithDemo)
        for phase in rollout.phases { try rule.run(phase.plan, files: phase.files) }
        #expect(rule.violations == [])
        #expect(rule.deployed.keys.sorted() == new.stacks.map(\.name).sorted())
        for stack in new.stacks { #expect(rule.deployed[stack.name]?.template == stack.template, "\(stack.name)") }
    }

    @Test func theNaiveOrderBreaksTheRule() throws {
        let old = try Synthesized.baseline(RolloutDemo.version1)
        let synth = Pipeline.compile(RolloutDemo.version2)
        var rule = InUseRule(old, facts: HazardFixtures.factsWithDemo)
        try rule.run(try #require(synth.plan), files: synth.files)
        #expect(rule.violations == [
            "updating 'rollout-demo-base' changes export 'rollout-demo-jobs-queue' in use by [\"rollout-demo-worker\"]",
            "updating 'rollout-demo-base' removes export 'rollout-demo-base:EventsTopic' in use by [\"rollout-demo-worker\"]",
        ])
    }
}
