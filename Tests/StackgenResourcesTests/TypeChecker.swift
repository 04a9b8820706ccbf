import Foundation

/// Runs `swiftc -typecheck` on a snippet against the modules this test target was built
/// with, so a test can prove that a piece of app code does (or does not) compile.
struct TypeChecker: Sendable {
    struct Result: Sendable {
        let succeeded: Bool
        let diagnostics: String
    }

    /// The directory holding `StackgenResources.swiftmodule`.
    let modulesDirectory: URL

    /// Finds the modules next to the running test bundle (`.build/<config>/Modules`); the
    /// `STACKGEN_MODULES_DIR` environment variable overrides the search.
    static func locate() -> TypeChecker? {
        let environment = ProcessInfo.processInfo.environment
        var candidates: [URL] = []
        if let override = environment["STACKGEN_MODULES_DIR"] {
            candidates.append(URL(fileURLWithPath: override))
        }
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            candidates.append(directory.appendingPathComponent("Modules"))
            candidates.append(directory)
            directory = directory.deletingLastPathComponent()
        }
        for candidate in candidates {
            let module = candidate.appendingPathComponent("StackgenResources.swiftmodule")
            if FileManager.default.fileExists(atPath: module.path) {
                return TypeChecker(modulesDirectory: candidate)
            }
        }
        return nil
    }

    /// Type-checks `body` after `import StackgenResources`.
    func check(_ body: String, name: String) throws -> Result {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("stackgen-typecheck-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let source = directory.appendingPathComponent("\(name).swift")
        try Data(("import StackgenResources\n\n" + body + "\n").utf8).write(to: source)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "swiftc", "-typecheck", "-swift-version", "6", "-I", modulesDirectory.path,
            "-module-cache-path", directory.appendingPathComponent("cache").path, source.path,
        ]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            succeeded: process.terminationStatus == 0, diagnostics: String(decoding: data, as: UTF8.self))
    }
}
