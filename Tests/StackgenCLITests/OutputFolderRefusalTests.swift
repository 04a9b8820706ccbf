import Foundation
import Testing

/// `--out` values that would put the output among the user's files are refused before
/// anything is written.
@Suite struct OutputFolderRefusalTests {
    static let usage = "Usage: stackgen synth [--app <app>] [--stack <stack> ...] [--out <folder>] [--against <folder|deployed>]\n  See 'stackgen synth --help' for more information.\n"

    @Test(arguments: [["--out", ""], ["--out="]])
    func anEmptyOutputFolderDoesNotMeanTheWorkingFolder(_ out: [String]) throws {
        let folder = try BinaryRunner.temporaryFolder()
        let result = try BinaryRunner.run(["synth", "--app", "starter"] + out, in: folder)
        #expect(result.status == 64)
        #expect(
            result.stderr
                == "Error: option '--out' needs a folder, not an empty value (for the current folder, write '--out .')\n" + Self.usage)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [])
        let plan = try BinaryRunner.run(["plan", "--app", "starter"] + out, in: folder)
        #expect(plan.status == 64)
    }

    @Test(arguments: ["/", "//", "/tmp/..", "/./"])
    func theRootFolderIsNeverWritten(_ out: String) throws {
        let result = try BinaryRunner.run(["synth", "--app", "starter", "--out", out])
        #expect(result.status == 64)
        #expect(result.stderr == "Error: refusing to write into '/' (from '--out \(out)'); pick a folder of its own\n" + Self.usage)
        #expect(!FileManager.default.fileExists(atPath: "/.stackgen"))
    }

    @Test func aSwiftPackagesOwnFolderIsNeverWritten() throws {
        let folder = try BinaryRunner.temporaryFolder()
        try Data("// swift-tools-version: 6.0\n".utf8).write(to: folder.appendingPathComponent("Package.swift"))
        let result = try BinaryRunner.run(["synth", "--app", "starter", "--out", "."], in: folder)
        #expect(result.status == 64)
        #expect(
            result.stderr
                == "Error: refusing to write into '.': it holds a Package.swift, and the output would mix with your sources; "
                + "pick a folder of its own, such as 'stackgen.out/<app>'\n" + Self.usage)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["Package.swift"])
    }
}
