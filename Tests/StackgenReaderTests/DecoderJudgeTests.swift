import Foundation
import Testing

/// Runs scripts/compare-decoder.py: the pinned cfn-lint's own decoder judges the reader on
/// our grammar corpus (Tests/ReaderCorpus). Needs the judges installed in .venv
/// (scripts/install-judges.sh); CI runs it there.
@Suite struct DecoderJudgeTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../..").standardizedFileURL
    static let python = root.appendingPathComponent(".venv/bin/python")

    static var binary: URL {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
            Bundle.main.bundleURL.deletingLastPathComponent(),
            root.appendingPathComponent(".build/debug"),
        ]
        return candidates.map { $0.appendingPathComponent("stackgen-read") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[2]
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: python.path), ".venv with cfn-lint is absent"))
    func cfnLintDecoderAgreesOnTheCorpus() throws {
        let process = Process()
        process.executableURL = Self.python
        process.arguments = [
            Self.root.appendingPathComponent("scripts/compare-decoder.py").path, Self.binary.path,
            Self.root.appendingPathComponent("Tests/ReaderCorpus").path,
        ]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(text)")
        #expect(text.contains("49 of 49 templates agree"), "\(text)")
    }
}
