import Foundation
import Testing

/// `plan`, `validate` and `synth` with `--against`, run as a user runs them.
@Suite struct RolloutCommandTests {
    /// A folder holding version 1's synth in `v1/`.
    func folderWithVersion1() throws -> URL {
        let folder = try BinaryRunner.temporaryFolder()
        let synth = try BinaryRunner.run(["synth", "--app", "rollout-demo-v1", "--out", "v1"], in: folder)
        #expect(synth.status == 0)
        return folder
    }

    @Test func planAgainstPrintsThePhasesAndTheHazards() throws {
        let folder = try folderWithVersion1()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try BinaryRunner.run(["plan", "--app", "rollout-demo-v2", "--against", "v1", "--out", "out"], in: folder)
        #expect(result.status == 0)
        let headers = result.stdout.split(separator: "\n").filter { $0.hasPrefix("Rollout") || $0.hasPrefix("== ") }
        #expect(headers == [
            "Rollout of 'rollout-demo-v2' against v1: 3 phases, run one after the other",
            "== Phase 1 of 3: prepare (rollout/phase-1-prepare)",
            "== Phase 2 of 3: update (rollout/phase-2-update)",
            "== Phase 3 of 3: contract (rollout/phase-3-contract)",
        ])
        #expect(result.stdout.contains("--template-file out/rollout/phase-1-prepare/rollout-demo-worker.template.json"))
        let codes = result.stderr.split(separator: "\n").filter { $0.hasPrefix("warning[") }.map { $0.prefix(14) }
        #expect(codes == ["warning[SG601]", "warning[SG602]", "warning[SG603]"])
        let mermaid = try BinaryRunner.run(["plan", "--app", "rollout-demo-v2", "--against", "v1", "--format", "mermaid"], in: folder)
        #expect(mermaid.stdout.hasSuffix("  phase1 ==> phase2\n  phase2 ==> phase3\n"))
        let dot = try BinaryRunner.run(["plan", "--app", "rollout-demo-v2", "--against", "v1", "--format", "dot"], in: folder)
        #expect(dot.status == 64)
    }

    @Test func validateAgainstPassesWhenThePhasesResolveEveryHazard() throws {
        let folder = try folderWithVersion1()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try BinaryRunner.run(["validate", "--app", "rollout-demo-v2", "--against", "v1"], in: folder)
        #expect(result.status == 0)
        #expect(result.stdout == "validate passed for 'rollout-demo-v2' (2 stacks): 0 errors, 3 warnings\n")
    }

    @Test func validateAgainstFailsOnAHazardNoPhaseResolves() throws {
        let folder = try folderWithVersion1()
        defer { try? FileManager.default.removeItem(at: folder) }
        // In this baseline the legacy stack, which version 2 removes, made the queue export
        // that version 2's base stack makes: it cannot be created while the legacy has it.
        let legacy = folder.appendingPathComponent("v1/rollout-demo-legacy.template.json")
        var template = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: legacy)) as? [String: Any])
        template["Outputs"] = ["Queue": ["Value": ["Ref": "AuditTopic"], "Export": ["Name": "rollout-demo-jobs-queue"]]]  // replaces AuditTopic's
        try JSONSerialization.data(withJSONObject: template).write(to: legacy)
        let base = folder.appendingPathComponent("v1/rollout-demo-base.template.json")
        var baseTemplate = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: base)) as? [String: Any])
        var outputs = try #require(baseTemplate["Outputs"] as? [String: Any])
        outputs["JobsQueueUrl"] = nil
        baseTemplate["Outputs"] = outputs
        try JSONSerialization.data(withJSONObject: baseTemplate).write(to: base)

        let result = try BinaryRunner.run(["validate", "--app", "rollout-demo-v2", "--against", "v1"], in: folder)
        #expect(result.status == 1)
        #expect(result.stdout == "validate failed for 'rollout-demo-v2' (2 stacks): 1 error, 1 warning\n")
        #expect(result.stderr.contains("""
            error[SG603]: stack 'rollout-demo-legacy' is removed while 'rollout-demo-worker' imports its export 'rollout-demo-jobs-queue'
              at: stack rollout-demo-legacy
              hint: export 'rollout-demo-jobs-queue' moves to 'rollout-demo-base', which cannot create it while 'rollout-demo-legacy' still has it, and 'rollout-demo-legacy' cannot be deleted while it is imported; export the value from 'rollout-demo-base' under a new name first, move the importers to it, then remove 'rollout-demo-legacy'
            """))
        let plan = try BinaryRunner.run(["plan", "--app", "rollout-demo-v2", "--against", "v1"], in: folder)
        #expect(plan.status == 1)
        #expect(plan.stdout == "Rollout of 'rollout-demo-v2' against v1: refused, 1 change cannot be rolled out safely (see the errors)\n")
    }

    @Test func synthAgainstWritesEachPhaseAndRemovesPhasesThatAreGone() throws {
        let folder = try folderWithVersion1()
        defer { try? FileManager.default.removeItem(at: folder) }
        let synth = try BinaryRunner.run(["synth", "--app", "rollout-demo-v2", "--against", "v1", "--out", "v2"], in: folder)
        #expect(synth.status == 0)
        #expect(synth.stdout == "Synthesized 'rollout-demo-v2' into v2: 3 written, 0 unchanged; 3 rollout phases in v2/rollout (7 files written)\n")
        let phase = folder.appendingPathComponent("v2/rollout/phase-1-prepare")
        let files = try FileManager.default.contentsOfDirectory(atPath: phase.path).filter { !$0.hasPrefix(".") }.sorted()
        #expect(files == ["plan.json", "rollout-demo-worker.template.json"])
        // Against itself there is one phase: the others' files go.
        let again = try BinaryRunner.run(["synth", "--app", "rollout-demo-v2", "--against", "v2", "--out", "v2"], in: folder)
        #expect(again.status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: phase.path).filter { !$0.hasPrefix(".") } == [])
        let update = folder.appendingPathComponent("v2/rollout/phase-1-update/plan.json")
        #expect(FileManager.default.fileExists(atPath: update.path))
    }
}
