import Foundation

/// Runs `swiftc -typecheck` on a snippet against the modules this test target was built
/// with, so a test can prove that a piece of app code does (or does not) compile.
struct TypeChecker: Sendable {
    struct Result: Sendable {
        let succeeded: Bool
        /// Everything swiftc printed, for failure messages.
        let diagnostics: String
        /// The `error:` lines, parsed: what the compiler said, not the source it echoes.
        let errors: [Diagnostic]
    }

    /// One `<file>:<line>:<column>: error: <message>` line of swiftc's output.
    struct Diagnostic: Sendable, Equatable {
        let line: Int
        let message: String

        /// Parses the compiler's own lines (`-diagnostic-style llvm`); the echoed source
        /// lines and carets under them do not have this shape.
        static func errors(in output: String, file: String) -> [Diagnostic] {
            output.split(separator: "\n").compactMap { line in
                guard line.hasPrefix(file + ":") else { return nil }
                let fields = line.dropFirst(file.count + 1).split(separator: ":", maxSplits: 3, omittingEmptySubsequences: false)
                guard fields.count == 4, let number = Int(fields[0]), Int(fields[1]) != nil, fields[2] == " error",
                    fields[3].hasPrefix(" ")
                else { return nil }
                return Diagnostic(line: number, message: String(fields[3].dropFirst()))
            }
        }
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

    /// The line of the checked file where `body`'s line `n` (from 1) ends up.
    static func fileLine(ofBodyLine n: Int) -> Int { n + 2 }

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
            "swiftc", "-typecheck", "-diagnostic-style", "llvm", "-swift-version", "6", "-I", modulesDirectory.path,
            "-module-cache-path", directory.appendingPathComponent("cache").path, source.path,
        ]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let printed = String(decoding: data, as: UTF8.self)
        return Result(
            succeeded: process.terminationStatus == 0, diagnostics: printed,
            errors: Diagnostic.errors(in: printed, file: source.path))
    }
}
