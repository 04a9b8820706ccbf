import Foundation
import StackgenTestSupport
import Testing

@Suite struct SynthCommandTests {
    let goldens = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../StackgenEmitTests/Golden/starter").standardized
    static let starterFiles = ["plan.json", "starter-alerts.template.json", "starter-api.template.json", "starter-data.template.json", "starter-ops.template.json"]

    @Test func writesTheGoldenFilesThenLeavesThemAlone() throws {
        let folder = try BinaryRunner.temporaryFolder()
        let first = try BinaryRunner.run(["synth", "--app", "starter"], in: folder)
        #expect(first.status == 0)
        #expect(first.stdout == "Synthesized 'starter' into stackgen.out/starter: 5 written, 0 unchanged\n")
        let out = folder.appendingPathComponent("stackgen.out/starter")
        let visible = try OutputFolderInspection(folder: out).visibleFiles()
        #expect(visible.keys.sorted() == Self.starterFiles)
        #expect(OutputFolderInspection(folder: out).manifest() == Self.starterFiles)
        for (name, written) in visible {
            let golden = try String(contentsOf: goldens.appendingPathComponent(name), encoding: .utf8)
            #expect(written == golden, "\(name) differs from the golden copy")
        }
        // Through the link: the file itself, not the link, must keep its time stamp.
        let plan = out.appendingPathComponent("plan.json").resolvingSymlinksInPath().path
        let before = try FileManager.default.attributesOfItem(atPath: plan)[.modificationDate] as? Date
        Thread.sleep(forTimeInterval: 0.05)
        let second = try BinaryRunner.run(["synth", "--app", "starter"], in: folder)
        #expect(second.stdout == "Synthesized 'starter' into stackgen.out/starter: 0 written, 5 unchanged\n")
        let after = try FileManager.default.attributesOfItem(atPath: out.appendingPathComponent("plan.json").resolvingSymlinksInPath().path)[.modificationDate] as? Date
        #expect(before == after)
        #expect(try OutputFolderInspection(folder: out).leftovers() == [])
    }

    @Test func selectedStacksOnlyAndNoPruning() throws {
        let folder = try BinaryRunner.temporaryFolder()
        _ = try BinaryRunner.run(["synth", "--app", "starter"], in: folder)
        let result = try BinaryRunner.run(["synth", "--app", "starter", "--stack", "starter-api"], in: folder)
        #expect(result.stdout == "Synthesized 'starter' into stackgen.out/starter: 0 written, 2 unchanged\n")
        let out = folder.appendingPathComponent("stackgen.out/starter")
        #expect(try OutputFolderInspection(folder: out).visibleFiles().keys.sorted() == Self.starterFiles)
    }

    @Test func unwritableOutputFolderIsAClearError() throws {
        let folder = try BinaryRunner.temporaryFolder()
        try Data("x".utf8).write(to: folder.appendingPathComponent("blocker"))
        let result = try BinaryRunner.run(["synth", "--app", "starter", "--out", "blocker/out"], in: folder)
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("Error: cannot create output folder 'blocker/out': not a directory\n"))
        #expect(result.stderr.contains("hint: check the parent folder's permissions, or pick another with '--out'"))
        let file = try BinaryRunner.run(["synth", "--app", "starter", "--out", "blocker"], in: folder)
        #expect(file.status == 1)
        #expect(file.stderr.hasPrefix("Error: output path 'blocker' is a file, not a folder\n"))
    }
}
