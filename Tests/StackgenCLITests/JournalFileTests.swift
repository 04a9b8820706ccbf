import Foundation
import StackgenDeploy
import Testing

@testable import StackgenCLI

/// The deploy journal and packaged templates are written through the output folder's
/// ownership rules: atomically, and never through a `.stackgen` that links out of it.
@Suite struct JournalFileTests {
    static func scratch() throws -> (out: URL, outside: URL) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("stackgen-journal-\(UUID().uuidString)")
        let out = root.appendingPathComponent("out")
        let outside = root.appendingPathComponent("outside")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        return (out, outside)
    }

    static func journal() -> Journal {
        var journal = Journal(app: "shop", plan: "sha256:abc")
        journal.record("shop-data", .done(status: "CREATE_COMPLETE"))
        journal.record("shop-api", .failed(status: "CREATE_FAILED", reason: "Function: Runtime is not supported"))
        return journal
    }

    @Test func theJournalIsWrittenAtomicallyAndReadBack() throws {
        let (out, _) = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: out.deletingLastPathComponent()) }
        let file = JournalFile(outputFolder: out.path)
        try file.write(Self.journal())
        try file.write(Self.journal())
        #expect(file.read() == Self.journal())
        let state = out.appendingPathComponent(".stackgen")
        #expect(
            try String(contentsOf: state.appendingPathComponent("deploy-journal.txt"), encoding: .utf8) == """
                stackgen deploy journal, version 1
                app shop
                plan sha256:abc
                done shop-data CREATE_COMPLETE
                failed shop-api CREATE_FAILED Function: Runtime is not supported

                """)
        // The folder's lock and the journal; no temporary file is left.
        #expect(try FileManager.default.contentsOfDirectory(atPath: state.path).sorted() == ["deploy-journal.txt", "lock"])
    }

    @Test func packagedTemplatesAreKeptInTheStateFolder() throws {
        let (out, _) = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: out.deletingLastPathComponent()) }
        let kept = JournalFile(outputFolder: out.path).keepPackaged("shop-api.template.json", Array("{\"Resources\": {}}\n".utf8))
        let path = out.appendingPathComponent(".stackgen/packaged/shop-api.template.json").path
        #expect(kept == .success(path))
        #expect(FileManager.default.contents(atPath: path) == Data("{\"Resources\": {}}\n".utf8))
    }

    @Test func aStateFolderLinkedOutOfTheOutputFolderIsRefusedAndNothingIsWrittenThroughIt() throws {
        let (out, outside) = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: out.deletingLastPathComponent()) }
        try FileManager.default.createSymbolicLink(at: out.appendingPathComponent(".stackgen"), withDestinationURL: outside)
        let file = JournalFile(outputFolder: out.path, displayName: "out")
        #expect(throws: OutputFailure.self) { try file.write(Self.journal()) }
        let kept = file.keepPackaged("shop-api.template.json", Array("{}".utf8))
        guard case .failure(let problem) = kept else {
            Issue.record("a packaged template was written through a linked .stackgen")
            return
        }
        #expect(problem.reason.hasPrefix("cannot keep the packaged template: cannot write "))
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside.path) == [])
        // Nor is a journal read through the link.
        try Data(Self.journal().text.utf8).write(to: outside.appendingPathComponent("deploy-journal.txt"))
        #expect(file.read() == nil)
    }
}
