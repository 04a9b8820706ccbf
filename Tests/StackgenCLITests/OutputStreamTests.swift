import Foundation
import Testing

/// Output trouble is reported, never a silent success and never a death by signal.
@Suite struct OutputStreamTests {
    @Test func aReaderThatClosesThePipeEndsTheCommandQuietly() throws {
        let process = Process()
        process.executableURL = BinaryRunner.binary
        process.arguments = ["plan", "--app", "ai-bartender", "--format", "json"]
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        // The reader is gone before the first write, as with `stackgen plan | head -c0`.
        try out.fileHandleForReading.close()
        try process.run()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationReason == .exit, "died of signal \(process.terminationStatus)")
        #expect(process.terminationStatus == 0)
        #expect(String(decoding: errors, as: UTF8.self).hasSuffix("warnings; run 'stackgen validate --app ai-bartender' to read them\n"))
        #expect(!String(decoding: errors, as: UTF8.self).contains("Error:"))
    }

    @Test func aFullDiskOnStandardOutputIsAnError() throws {
        let result = try BinaryRunner.shell(#""$STACKGEN" plan --app starter --format json >/dev/full"#)
        #expect(result.status == 1)
        #expect(result.stderr == "Error: cannot write to standard output: no space left on device\n")
    }

    @Test func aClosedStandardOutputIsAnError() throws {
        let result = try BinaryRunner.shell(#""$STACKGEN" list >&-"#)
        #expect(result.status == 1)
        #expect(result.stderr == "Error: cannot write to standard output: bad file descriptor\n")
    }

    @Test func aClosedStandardOutputNeverEndsUpInATemplate() throws {
        let folder = try BinaryRunner.temporaryFolder()
        let result = try BinaryRunner.shell(#""$STACKGEN" synth --app starter >&-"#, in: folder)
        #expect(result.status == 1)
        #expect(result.stderr == "Error: cannot write to standard output: bad file descriptor\n")
        let goldens = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../StackgenEmitTests/Golden/starter")
        let written = try OutputFolderInspection(folder: folder.appendingPathComponent("stackgen.out/starter")).visibleFiles()
        #expect(written.keys.sorted() == SynthCommandTests.starterFiles)
        for (name, text) in written {
            #expect(text == (try String(contentsOf: goldens.appendingPathComponent(name), encoding: .utf8)), "\(name)")
        }
    }

    @Test func aFileSizeLimitIsAnErrorThatKeepsThePreviousSet() throws {
        let folder = try BinaryRunner.temporaryFolder()
        #expect(try BinaryRunner.run(["synth", "--app", "starter", "--out", "o"], in: folder).status == 0)
        let out = folder.appendingPathComponent("o")
        let before = try OutputFolderInspection(folder: out).visibleFiles()
        // 4 blocks of 512 bytes: smaller than the Bartender's largest template.
        let result = try BinaryRunner.shell(#"ulimit -f 4; exec "$STACKGEN" synth --app ai-bartender --out o"#, in: folder)
        #expect(result.status == 1, "died of signal? \(result.status)")
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("Error: cannot write 'o/.stackgen/generations/g-") && $0.hasSuffix(".template.json': file too large") })
        #expect(result.stderr.hasSuffix("  hint: check the folder's permissions and free space, or pick another with '--out'; the previous output is unchanged\n"))
        #expect(try OutputFolderInspection(folder: out).visibleFiles() == before)
        #expect(try OutputFolderInspection(folder: out).leftovers() == [])
    }
}
