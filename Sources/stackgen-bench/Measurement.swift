import Foundation

/// Wall-clock timing and peak memory, read the same way on every run.
enum Measurement {
    /// Seconds taken by `body`, with its result.
    static func time<T>(_ body: () throws -> T) rethrows -> (T, Double) {
        let clock = ContinuousClock()
        var result: T?
        let duration = try clock.measure { result = try body() }
        let seconds = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        return (result!, seconds)
    }

    /// Wall-clock and CPU seconds (all of this process's threads) taken by `body`. CPU time
    /// counts the work; wall time also counts waiting for a core, which on a shared machine
    /// can swing by a factor of two between one size and the next.
    static func timeWithCPU<T>(_ body: () throws -> T) rethrows -> (T, wall: Double, cpu: Double) {
        let cpuBefore = processCPUSeconds()
        let (result, wall) = try time(body)
        return (result, wall, processCPUSeconds() - cpuBefore)
    }

    static func processCPUSeconds() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }

    /// This process's peak resident set size in MiB (`VmHWM` in /proc/self/status).
    static func peakMemoryMiB() -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
            let kilobytes = Double(line.split(separator: " ").dropFirst().first ?? "")
        else { return 0 }
        return kilobytes / 1024
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }
}

/// Runs a program and reports its exit status, wall time and peak memory (from `wait4`).
enum ChildProcess {
    struct Result {
        let status: Int32
        let seconds: Double
        let peakMemoryMiB: Double
        let output: String
        let errorOutput: String
    }

    static func run(_ executable: String, _ arguments: [String]) -> Result {
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        let outputPath = FileManager.default.temporaryDirectory.appendingPathComponent("stackgen-bench-\(getpid())-\(UUID().uuidString).out").path
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let errorPath = outputPath + ".err"
        posix_spawn_file_actions_addopen(&actions, 2, errorPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let (spawned, seconds): (Int32, Double) = Measurement.time {
            var status: Int32 = 0
            guard posix_spawn(&pid, executable, &actions, nil, argv, environ) == 0 else { return -1 }
            var usage = rusage()
            wait4(pid, &status, 0, &usage)
            lastMaxRSSKiB = Double(usage.ru_maxrss)
            return (status >> 8) & 0xFF
        }
        let output = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        let errorOutput = (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? ""
        try? FileManager.default.removeItem(atPath: outputPath)
        try? FileManager.default.removeItem(atPath: errorPath)
        return Result(
            status: spawned, seconds: seconds, peakMemoryMiB: lastMaxRSSKiB / 1024, output: output, errorOutput: errorOutput)
    }

    nonisolated(unsafe) private static var lastMaxRSSKiB: Double = 0
}
