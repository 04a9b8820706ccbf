import Foundation
import StackgenPipeline
import StackgenReader

/// `stackgen-bench --check`: the synthetic app of 100 stacks written as hand-written YAML
/// (one folder per stack with its samconfig.toml), then the whole `stackgen check` process
/// on it (median of 7 runs), next to cfn-lint on the same files when `.venv` has it.
enum CheckBench {
    static let services = 96  // + 4 base stacks = 100 templates
    static let target = 0.3

    static func run(executable: String) throws -> (text: String, met: Bool) {
        // STACKGEN_CHECK_BENCH_FOLDER keeps the templates there, to profile `stackgen check` by hand.
        let kept = ProcessInfo.processInfo.environment["STACKGEN_CHECK_BENCH_FOLDER"]
        let folder = kept.map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("stackgen-check-bench-\(getpid())")
        defer { if kept == nil { try? FileManager.default.removeItem(at: folder) } }
        let (templates, bytes) = try writeTemplates(into: folder)
        let stackgen = URL(fileURLWithPath: executable).deletingLastPathComponent().appendingPathComponent("stackgen").path
        var times: [Double] = []
        var cpu: [Double] = []
        for _ in 0..<7 {
            let before = childCPU()
            let (status, seconds) = try timed(stackgen, ["check", folder.path])
            guard status == 0 else { throw CheckBenchFailure(message: "stackgen check exited \(status)") }
            times.append(seconds)
            cpu.append(childCPU() - before)
        }
        let median = Measurement.median(times)
        var text = "check of \(templates) YAML templates (\(bytes / 1024) KiB): median \(String(format: "%.3f", median)) s "
        text += "of 7 runs (min \(String(format: "%.3f", times.min() ?? 0)); CPU (user+sys) median \(String(format: "%.3f", Measurement.median(cpu))) s; "
        text += "target ≤ \(target) s: \(median <= target ? "ok" : "MISS")\n"
        let cfnLint = FileManager.default.currentDirectoryPath + "/.venv/bin/cfn-lint"
        if FileManager.default.isExecutableFile(atPath: cfnLint) {
            let files = (try FileManager.default.contentsOfDirectory(atPath: folder.path)).sorted().map { "\(folder.path)/\($0)/template.yaml" }
            var lintTimes: [Double] = []
            for _ in 0..<3 { lintTimes.append(try timed(cfnLint, files).seconds) }
            text += "cfn-lint 1.58.0 on the same files: median \(String(format: "%.2f", Measurement.median(lintTimes))) s of 3 runs\n"
        } else {
            text += "cfn-lint: .venv/bin/cfn-lint absent (scripts/install-judges.sh), not timed\n"
        }
        return (text, median <= target)
    }

    /// Each stack's synthesized template as YAML in `<stack>/template.yaml`, beside a
    /// samconfig.toml naming the stack and its region.
    private static func writeTemplates(into folder: URL) throws -> (count: Int, bytes: Int) {
        let result = Pipeline.compile(SyntheticApp.make(services: services))
        guard let resolved = result.resolved, result.succeeded else { throw CheckBenchFailure(message: "the synthetic app failed") }
        var bytes = 0
        for stack in resolved.stacks {
            guard let file = result.files.first(where: { $0.path == "\(stack.name).template.json" }) else { continue }
            let yaml = YAMLWriter.yaml(try TemplateReader.read(file.contents, file: file.path))
            let stackFolder = folder.appendingPathComponent(stack.name)
            try FileManager.default.createDirectory(at: stackFolder, withIntermediateDirectories: true)
            try Data(yaml.utf8).write(to: stackFolder.appendingPathComponent("template.yaml"))
            let config = "version = 0.1\n[default.deploy.parameters]\nstack_name = \"\(stack.name)\"\nregion = \"\(stack.region)\"\n"
            try Data(config.utf8).write(to: stackFolder.appendingPathComponent("samconfig.toml"))
            bytes += yaml.utf8.count
        }
        return (resolved.stacks.count, bytes)
    }

    /// User plus system seconds of all waited-for children so far: on a busy machine the
    /// process's own cost, apart from the time it waited for a core.
    private static func childCPU() -> Double {
        var usage = rusage()
        #if canImport(Glibc)
        getrusage(RUSAGE_CHILDREN.rawValue, &usage)
        #else
        getrusage(RUSAGE_CHILDREN, &usage)
        #endif
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }

    private static func timed(_ executable: String, _ arguments: [String]) throws -> (status: Int32, seconds: Double) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let start = DispatchTime.now().uptimeNanoseconds
        try process.run()
        process.waitUntilExit()
        return (process.terminationStatus, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
}

struct CheckBenchFailure: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
