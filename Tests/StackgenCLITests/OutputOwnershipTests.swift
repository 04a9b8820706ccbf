import Foundation
import StackgenCLI
import StackgenCore
import Testing

/// stackgen replaces and removes only what its manifest says it wrote; whatever else is in
/// the output folder stays the user's.
@Suite struct OutputOwnershipTests {
    /// A small app whose stacks and contents a test can change between runs.
    static func shop(stacks: [String], topicName: String = "orders") -> App {
        var app = App("shop", region: .euWest1)
        for name in stacks {
            var stack = Stack(name)
            stack.add("Topic", GenericResource("AWS::SNS::Topic", properties: ["TopicName": Expr(stringLiteral: topicName)]))
            app.add(stack)
        }
        return app
    }

    static func synth(_ app: App, in folder: URL, _ arguments: [String] = []) -> (status: Int32, out: String, err: String) {
        let capture = InProcessTests.Capture()
        let status = StackgenCommandLine.run(
            ["synth", "--out", "out"] + arguments, apps: [app], console: capture.console(), workingDirectory: folder.path)
        return (status, capture.out, capture.err)
    }

    private func write(_ text: String, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    private func text(_ url: URL) -> String? {
        FileManager.default.contents(atPath: url.path).map { String(decoding: $0, as: UTF8.self) }
    }

    @Test func aUsersOwnTemplatesAndDotFilesAreNeverPruned() throws {
        let folder = try BinaryRunner.temporaryFolder()
        let out = folder.appendingPathComponent("out")
        try write("{}", to: out.appendingPathComponent("vpc.template.json"))
        try write("SECRET=1", to: out.appendingPathComponent(".env"))
        try write("stale", to: out.appendingPathComponent("shop-old.template.json"))
        #expect(Self.synth(Self.shop(stacks: ["shop-a"]), in: folder).status == 0)
        #expect(Self.synth(Self.shop(stacks: ["shop-b"]), in: folder).out == "Synthesized 'shop' into out: 2 written, 0 unchanged, 1 removed (shop-a.template.json)\n")
        #expect(text(out.appendingPathComponent("vpc.template.json")) == "{}")
        #expect(text(out.appendingPathComponent(".env")) == "SECRET=1")
        #expect(text(out.appendingPathComponent("shop-old.template.json")) == "stale")
        #expect(try OutputFolderInspection(folder: out).visibleFiles().keys.sorted() == [".env", "plan.json", "shop-b.template.json", "shop-old.template.json", "vpc.template.json"])
        #expect(OutputFolderInspection(folder: out).manifest() == ["plan.json", "shop-b.template.json"])
    }

    @Test func aUsersFileWhereSynthWouldWriteStopsTheRunBeforeAnythingIsWritten() throws {
        let folder = try BinaryRunner.temporaryFolder()
        let out = folder.appendingPathComponent("out")
        try write("mine", to: out.appendingPathComponent("plan.json"))
        try write("{}", to: out.appendingPathComponent("shop-a.template.json"))
        let run = Self.synth(Self.shop(stacks: ["shop-a", "shop-b"]), in: folder)
        #expect(run.status == 1)
        #expect(run.out.isEmpty)
        #expect(
            run.err
                == "Error: output folder 'out' has files stackgen did not write where it would write: 'plan.json', 'shop-a.template.json'; nothing was written\n"
                + "  hint: stackgen replaces only files its manifest lists; move or delete them if stackgen may replace them, or pick another folder with '--out'\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() == ["plan.json", "shop-a.template.json"])
        #expect(text(out.appendingPathComponent("plan.json")) == "mine")
    }

    @Test func aPlantedLinkCannotRedirectAWriteOutsideTheFolder() throws {
        let folder = try BinaryRunner.temporaryFolder()
        let out = folder.appendingPathComponent("out")
        let victim = folder.appendingPathComponent("elsewhere/victim.txt")
        try write("precious", to: victim)
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        // At the name of a file of the set: in the way, refused.
        try FileManager.default.createSymbolicLink(atPath: out.appendingPathComponent("shop-a.template.json").path, withDestinationPath: victim.path)
        #expect(Self.synth(Self.shop(stacks: ["shop-a"]), in: folder).status == 1)
        #expect(text(victim) == "precious")
        try FileManager.default.removeItem(at: out.appendingPathComponent("shop-a.template.json"))
        // At the temporary name stackgen 0.1.0 used: never written through, removed as a leftover.
        let legacy = out.appendingPathComponent(".shop-a.template.json.stackgen-4242.tmp")
        try FileManager.default.createSymbolicLink(atPath: legacy.path, withDestinationPath: victim.path)
        // At stackgen's own state folder: refused, and the folder it points to is not touched.
        let decoy = folder.appendingPathComponent("decoy")
        try FileManager.default.createDirectory(at: decoy, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: out.appendingPathComponent(".stackgen").path, withDestinationPath: decoy.path)
        let refused = Self.synth(Self.shop(stacks: ["shop-a"]), in: folder)
        #expect(refused.status == 1)
        #expect(refused.err.hasPrefix("Error: output folder 'out' has a file stackgen did not write where it would write: '.stackgen'; nothing was written\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: decoy.path) == [])
        try FileManager.default.removeItem(at: out.appendingPathComponent(".stackgen"))
        #expect(Self.synth(Self.shop(stacks: ["shop-a"]), in: folder).status == 0)
        #expect(text(victim) == "precious")
        #expect(!FileManager.default.fileExists(atPath: legacy.path) && (try? FileManager.default.destinationOfSymbolicLink(atPath: legacy.path)) == nil)
        // Inside the state folder: a link planted as the generations folder is refused too.
        let second = folder.appendingPathComponent("second")
        try FileManager.default.createDirectory(at: second.appendingPathComponent(".stackgen"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: second.appendingPathComponent(".stackgen/generations").path, withDestinationPath: decoy.path)
        let capture = InProcessTests.Capture()
        let status = StackgenCommandLine.run(
            ["synth", "--out", "second"], apps: [Self.shop(stacks: ["shop-a"])], console: capture.console(), workingDirectory: folder.path)
        #expect(status == 1)
        #expect(capture.err.hasPrefix("Error: cannot write 'second/.stackgen/generations': not a directory\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: decoy.path) == [])
    }

    @Test func templatesOfRemovedStacksArePrunedAndNothingElse() throws {
        let folder = try BinaryRunner.temporaryFolder()
        let out = folder.appendingPathComponent("out")
        #expect(Self.synth(Self.shop(stacks: ["shop-a", "shop-b"]), in: folder).status == 0)
        try write("notes", to: out.appendingPathComponent("README.txt"))
        let run = Self.synth(Self.shop(stacks: ["shop-a"]), in: folder)
        #expect(run.out == "Synthesized 'shop' into out: 1 written, 1 unchanged, 1 removed (shop-b.template.json)\n")
        #expect(try OutputFolderInspection(folder: out).visibleFiles().keys.sorted() == ["README.txt", "plan.json", "shop-a.template.json"])
        #expect(try OutputFolderInspection(folder: out).leftovers() == [])
    }

    @Test func aTemplateTheUserReplacedIsKeptNotPruned() throws {
        let folder = try BinaryRunner.temporaryFolder()
        let out = folder.appendingPathComponent("out")
        #expect(Self.synth(Self.shop(stacks: ["shop-a", "shop-b"]), in: folder).status == 0)
        // An editor that saves by writing a new file replaces stackgen's link with the user's file.
        try FileManager.default.removeItem(at: out.appendingPathComponent("shop-b.template.json"))
        try write("edited", to: out.appendingPathComponent("shop-b.template.json"))
        let run = Self.synth(Self.shop(stacks: ["shop-a"]), in: folder)
        #expect(run.status == 0)
        #expect(run.err == "note: kept 'shop-b.template.json': it was replaced outside stackgen since the last synth, so it is yours now\n")
        #expect(text(out.appendingPathComponent("shop-b.template.json")) == "edited")
    }

    @Test func replacedFilesKeepTheirPermissionBits() throws {
        let folder = try BinaryRunner.temporaryFolder()
        let out = folder.appendingPathComponent("out")
        #expect(Self.synth(Self.shop(stacks: ["shop-a"], topicName: "one"), in: folder).status == 0)
        let template = out.appendingPathComponent("shop-a.template.json").resolvingSymlinksInPath().path
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: template)
        let run = Self.synth(Self.shop(stacks: ["shop-a"], topicName: "two"), in: folder)
        #expect(run.out == "Synthesized 'shop' into out: 1 written, 1 unchanged\n")
        #expect(text(out.appendingPathComponent("shop-a.template.json"))?.contains("\"TopicName\": \"two\"") == true)
        let replaced = out.appendingPathComponent("shop-a.template.json").resolvingSymlinksInPath().path
        #expect(replaced != template)
        #expect(try FileManager.default.attributesOfItem(atPath: replaced)[.posixPermissions] as? Int == 0o640)
    }

    @Test func deployStateInTheStateFolderSurvivesEverySynth() throws {
        let folder = try BinaryRunner.temporaryFolder()
        let out = folder.appendingPathComponent("out")
        let owned = OwnedFolder(path: out.path, displayName: "out")
        try owned.writeAtomically(relativePath: ".stackgen/deploy/journal.json", bytes: Array("{\"step\": 1}\n".utf8))
        #expect(Self.synth(Self.shop(stacks: ["shop-a"]), in: folder).status == 0)
        #expect(Self.synth(Self.shop(stacks: ["shop-b"]), in: folder).status == 0)
        try owned.writeAtomically(relativePath: ".stackgen/deploy/journal.json", bytes: Array("{\"step\": 2}\n".utf8))
        #expect(text(out.appendingPathComponent(".stackgen/deploy/journal.json")) == "{\"step\": 2}\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent(".stackgen/deploy").path) == ["journal.json"])
        #expect(throws: OutputFailure.self) { try owned.writeAtomically(relativePath: ".stackgen/current/x", bytes: []) }
        #expect(throws: OutputFailure.self) { try owned.writeAtomically(relativePath: "plan.json", bytes: []) }
        #expect(throws: OutputFailure.self) { try owned.writeAtomically(relativePath: ".stackgen/deploy/../../x", bytes: []) }
    }

    @Test func aFileNameThatLeavesTheFolderIsAStackgenBugAndWritesNothing() throws {
        let folder = try BinaryRunner.temporaryFolder()
        let owned = OwnedFolder(path: folder.appendingPathComponent("out").path, displayName: "out")
        do {
            _ = try owned.commit([("plan.json", []), ("../escaped.template.json", Array("x".utf8))], prune: true)
            Issue.record("a name with '/' was written")
        } catch {
            #expect(error.isInternal)
            #expect(error.message == "internal error: emitted file name '../escaped.template.json' is not a plain file name, please report")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [])
    }

    @Test func noOneCanPredictWhereTheNextSetIsWritten() throws {
        let folder = try BinaryRunner.temporaryFolder()
        let link = folder.appendingPathComponent("out/.stackgen/current").path
        var targets: [String] = []
        for topic in ["one", "two", "three"] {
            #expect(Self.synth(Self.shop(stacks: ["shop-a"], topicName: topic), in: folder).status == 0)
            targets.append(try FileManager.default.destinationOfSymbolicLink(atPath: link))
        }
        #expect(Set(targets).count == 3)
        for target in targets {
            let token = target.dropFirst("generations/g-".count)
            #expect(target.hasPrefix("generations/g-") && token.count == 32 && token.allSatisfy(\.isHexDigit), "\(target)")
        }
    }

    @Test func aStateFileRewriteKeepsItsBitsAndLeavesNoTemporaryBehind() throws {
        let folder = try BinaryRunner.temporaryFolder()
        let owned = OwnedFolder(path: folder.path)
        let deploy = folder.appendingPathComponent(".stackgen/deploy")
        try owned.writeAtomically(relativePath: ".stackgen/deploy/journal.json", bytes: Array("1\n".utf8))
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: deploy.appendingPathComponent("journal.json").path)
        // What a writer killed before its rename leaves.
        let leftover = ".journal.json.\(String(repeating: "0f", count: 16)).tmp"
        try Data("half".utf8).write(to: deploy.appendingPathComponent(leftover))
        try Data("mine".utf8).write(to: deploy.appendingPathComponent(".journal.json.notes.tmp"))
        try owned.writeAtomically(relativePath: ".stackgen/deploy/journal.json", bytes: Array("2\n".utf8))
        #expect(FileManager.default.contents(atPath: deploy.appendingPathComponent("journal.json").path) == Data("2\n".utf8))
        #expect(try FileManager.default.attributesOfItem(atPath: deploy.appendingPathComponent("journal.json").path)[.posixPermissions] as? Int == 0o600)
        #expect(try FileManager.default.contentsOfDirectory(atPath: deploy.path).sorted() == [".journal.json.notes.tmp", "journal.json"])
    }
}
