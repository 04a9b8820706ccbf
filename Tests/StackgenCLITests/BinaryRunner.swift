import Foundation

/// Runs the built `stackgen` binary the way a user or CI does.
struct BinaryRunner {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    static let binary: URL = {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
            Bundle.main.bundleURL.deletingLastPathComponent(),
            Bundle.main.bundleURL,
        ]
        for folder in candidates {
            let url = folder.appendingPathComponent("stackgen")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../.build/debug/stackgen")
    }()

    static func run(_ arguments: [String], in folder: URL? = nil, environment: [String: String] = [:]) throws -> Result {
        try launch(binary, arguments, in: folder, environment: environment)
    }

    /// Runs a `/bin/sh` script with `$STACKGEN` set to the binary: for what `Process` cannot
    /// arrange (closed descriptors, file-size limits, non-UTF-8 arguments, pipes to `head`).
    static func shell(_ script: String, in folder: URL? = nil) throws -> Result {
        try launch(URL(fileURLWithPath: "/bin/sh"), ["-c", script], in: folder, environment: ["STACKGEN": binary.path])
    }

    private static func launch(_ executable: URL, _ arguments: [String], in folder: URL?, environment: [String: String]) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = folder }
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "NO_COLOR")
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Starts `stackgen synth --app <app> --out o` in `folder` without waiting, output
    /// discarded: for tests that kill it or run several at once.
    static func startSynth(_ app: String, in folder: URL) throws -> Process {
        let process = Process()
        process.executableURL = binary
        process.arguments = ["synth", "--app", app, "--out", "o"]
        process.currentDirectoryURL = folder
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("stackgen-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
