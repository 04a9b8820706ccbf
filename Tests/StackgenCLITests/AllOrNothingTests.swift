import Foundation
import StackgenCLI
import Testing

/// A run that fails leaves the whole previous set, templates, plan and manifest, as it was.
@Suite struct AllOrNothingTests {
    @Test func aFolderInTheWayOfPlanJSONReplacesNoTemplate() throws {
        let folder = try BinaryRunner.temporaryFolder()
        let out = folder.appendingPathComponent("o")
        // The issue's reproduction: the old templates are the user's, plan.json is a folder.
        for stack in ["starter-data", "starter-alerts", "starter-api", "starter-ops"] {
            try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
            try Data("{\"old\":1}\n".utf8).write(to: out.appendingPathComponent("\(stack).template.json"))
        }
        try FileManager.default.createDirectory(at: out.appendingPathComponent("plan.json"), withIntermediateDirectories: true)
        let result = try BinaryRunner.run(["synth", "--app", "starter", "--out", "o"], in: folder)
        #expect(result.status == 1)
        #expect(
            result.stderr.hasPrefix(
                "Error: output folder 'o' has files stackgen did not write where it would write: 'plan.json', 'starter-alerts.template.json', "
                    + "'starter-api.template.json', 'starter-data.template.json', 'starter-ops.template.json'; nothing was written\n"))
        for stack in ["starter-data", "starter-alerts", "starter-api", "starter-ops"] {
            #expect(FileManager.default.contents(atPath: out.appendingPathComponent("\(stack).template.json").path) == Data("{\"old\":1}\n".utf8))
        }
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent(".stackgen").path))
    }

    @Test func aWriteThatFailsHalfwayLeavesNoTraceForTheNextRun() throws {
        let folder = try BinaryRunner.temporaryFolder()
        let out = folder.appendingPathComponent("o")
        #expect(try BinaryRunner.run(["synth", "--app", "agent-platform", "--out", "o"], in: folder).status == 0)
        let before = try OutputFolderInspection(folder: out).visibleFiles()
        let failed = try BinaryRunner.shell(#"ulimit -f 8; exec "$STACKGEN" synth --app ai-bartender --out o"#, in: folder)
        #expect(failed.status == 1)
        #expect(try OutputFolderInspection(folder: out).visibleFiles() == before)
        #expect(OutputFolderInspection(folder: out).manifest() == before.keys.sorted())
        let next = try BinaryRunner.run(["synth", "--app", "ai-bartender", "--out", "o"], in: folder)
        #expect(next.status == 0)
        #expect(next.stdout.hasPrefix("Synthesized 'ai-bartender' into o: 12 written, 0 unchanged, 8 removed ("))
        #expect(try OutputFolderInspection(folder: out).leftovers() == [])
    }

    @Test func concurrentSynthsIntoOneFolderLeaveOneCompleteSet() throws {
        let folder = try BinaryRunner.temporaryFolder()
        let apps = ["ai-bartender", "agent-platform", "starter", "petstore", "ai-bartender", "centli"]
        let runs = try apps.map { try BinaryRunner.startSynth($0, in: folder) }
        for process in runs {
            process.waitUntilExit()
            #expect(process.terminationReason == .exit && process.terminationStatus == 0)
        }
        let out = OutputFolderInspection(folder: folder.appendingPathComponent("o"))
        let visible = try out.visibleFiles()
        #expect(out.manifest() == visible.keys.sorted())
        #expect(try out.leftovers() == [])
        // The last run to switch wins, whole: its set and nothing of the others.
        var sets: [[String: String]] = []
        for app in Set(apps) {
            let reference = try BinaryRunner.temporaryFolder()
            #expect(try BinaryRunner.run(["synth", "--app", app, "--out", "o"], in: reference).status == 0)
            sets.append(try OutputFolderInspection(folder: reference.appendingPathComponent("o")).visibleFiles())
        }
        #expect(sets.contains(visible), "\(visible.keys.sorted())")
    }

    @Test func leftoversOfAKilledRunAreRemovedAndOnlyThose() throws {
        let folder = try BinaryRunner.temporaryFolder()
        let out = folder.appendingPathComponent("o")
        #expect(try BinaryRunner.run(["synth", "--app", "starter", "--out", "o"], in: folder).status == 0)
        let state = out.appendingPathComponent(".stackgen")
        let token = String(repeating: "ab", count: 16)
        // What a run killed mid-way leaves: a half-written generation, a temporary link,
        // a link to a file that never arrived; and the 0.1.0 temporary files.
        try FileManager.default.createDirectory(at: state.appendingPathComponent("generations/g-\(token)"), withIntermediateDirectories: true)
        try Data().write(to: state.appendingPathComponent("generations/g-\(token)/plan.json"))
        try FileManager.default.createSymbolicLink(atPath: state.appendingPathComponent("current-\(token).tmp").path, withDestinationPath: "generations/g-\(token)")
        try FileManager.default.createSymbolicLink(atPath: out.appendingPathComponent("new.template.json").path, withDestinationPath: ".stackgen/current/new.template.json")
        try Data().write(to: out.appendingPathComponent(".starter-api.template.json.stackgen-123.tmp"))
        // And what is not stackgen's, though it looks close.
        try Data("keep".utf8).write(to: out.appendingPathComponent(".starter-api.template.json.mine.tmp"))
        try Data("keep".utf8).write(to: state.appendingPathComponent("generations/notes.txt"))
        try FileManager.default.createDirectory(at: state.appendingPathComponent("generations/g-short"), withIntermediateDirectories: true)
        #expect(try OutputFolderInspection(folder: out).leftovers().count == 6)
        #expect(try BinaryRunner.run(["synth", "--app", "starter", "--out", "o"], in: folder).stdout == "Synthesized 'starter' into o: 0 written, 5 unchanged\n")
        let generations = try FileManager.default.contentsOfDirectory(atPath: state.appendingPathComponent("generations").path)
        #expect(generations.filter { $0.count == 34 }.count == 1)
        #expect(generations.contains("notes.txt") && generations.contains("g-short"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: state.path).sorted() == ["current", "generations", "lock"])
        let top = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(top == [".stackgen", ".starter-api.template.json.mine.tmp"] + SynthCommandTests.starterFiles)
    }
}

/// A stale file that cannot be removed is an error, never kept in silence.
@Suite struct FailedPruneTests {
    /// Makes `folder` refuse removals: read-only for a normal user, immutable for root
    /// (who ignores permission bits). Returns the undo, or nil when neither is possible.
    static func forbidRemovals(in folder: URL) throws -> (() throws -> Void)? {
        if getuid() != 0 {
            try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder.path)
            return { try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path) }
        }
        let chattr = try? BinaryRunner.shell("chattr +i '\(folder.path)'")
        guard chattr?.status == 0 else { return nil }
        return { _ = try BinaryRunner.shell("chattr -i '\(folder.path)'") }
    }

    @Test func aStaleTemplateThatCannotBeRemovedFailsTheRun() throws {
        let folder = try BinaryRunner.temporaryFolder()
        let out = folder.appendingPathComponent("out")
        #expect(OutputOwnershipTests.synth(OutputOwnershipTests.shop(stacks: ["shop-a", "shop-b"]), in: folder).status == 0)
        guard let undo = try Self.forbidRemovals(in: out) else { return }
        let run = OutputOwnershipTests.synth(OutputOwnershipTests.shop(stacks: ["shop-a"]), in: folder)
        try undo()
        #expect(run.status == 1)
        #expect(run.out.isEmpty)
        let reason = getuid() == 0 ? "operation not permitted" : "permission denied"
        #expect(
            run.err
                == "Error: cannot remove 'out/shop-b.template.json': \(reason)\n"
                + "  hint: the new output is complete; remove the file by hand or fix the folder's permissions, then run synth again\n")
        // The new set is in place; the stale name leads nowhere until the next run removes it.
        let inspection = OutputFolderInspection(folder: out)
        #expect(try inspection.visibleFiles().keys.sorted() == ["plan.json", "shop-a.template.json"])
        #expect(inspection.manifest() == ["plan.json", "shop-a.template.json"])
        #expect(OutputOwnershipTests.synth(OutputOwnershipTests.shop(stacks: ["shop-a"]), in: folder).status == 0)
        #expect(try inspection.leftovers() == [])
    }
}
