import Foundation
import RolloutDemoApp
import StackgenDiff
import StackgenEmit
import StackgenTestSupport
import Testing

/// The demo's version 2 against version 1: one export dropped while the base must still
/// deploy first, one exported value replaced, one imported stack removed.
@Suite struct RolloutDemoTests {
    static let golden = Golden.folder(besides: #filePath)
    static let facts = FactsTable(createOnly: ["AWS::SQS::Queue": ["QueueName"], "AWS::SSM::Parameter": ["Name"]], stateful: [])

    static func rollout() throws -> Rollout {
        let old = try Synthesized.baseline(RolloutDemo.version1, source: "v1")
        let new = try Synthesized.baseline(RolloutDemo.version2)
        let diff = Differ.diff(from: old, to: new, facts: facts)
        return RolloutPlanner.rollout(from: old, to: new, diff: diff, outputFolder: "stackgen.out/rollout-demo-v2")
    }

    @Test func textJSONAndMermaidMatchGoldens() throws {
        let rollout = try Self.rollout()
        for (name, text) in [
            ("rollout-demo.rollout.txt", rollout.text), ("rollout-demo.rollout.json", CanonicalJSON.string(rollout.json)),
            ("rollout-demo.rollout.mmd", rollout.mermaid),
        ] {
            if let failure = Golden.check(text, named: name, in: Self.golden) { Issue.record("\(failure)") }
        }
    }

    @Test func phaseTemplatesMatchGoldens() throws {
        for phase in try Self.rollout().phases {
            for file in phase.files {
                if let failure = Golden.check(file.contents, named: "rollout-demo/\(phase.folder)/\(file.path)", in: Self.golden) {
                    Issue.record("\(failure)")
                }
            }
        }
    }
}
