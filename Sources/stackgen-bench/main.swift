import Foundation

// stackgen-bench: run as `swift run -c release stackgen-bench`.
//
// Each size runs in its own child process (`--services N`), so its peak memory is its
// own. The child prints one JSON line; the parent prints a table, the JSON lines, and the
// whole `stackgen synth` process on the Bartender app, checked against the targets.

let arguments = CommandLine.arguments
if let flag = arguments.firstIndex(of: "--services"), flag + 1 < arguments.count, let services = Int(arguments[flag + 1]) {
    var run = StageRun(services: services)
    do {
        // `--repeats 1` is for profiling one run (callgrind), not for the figures.
        let repeats = arguments.firstIndex(of: "--repeats").flatMap { $0 + 1 < arguments.count ? Int(arguments[$0 + 1]) : nil }
        try run.measure(repeats: repeats ?? (services >= 1000 ? 5 : 7))
        print(run.jsonLine)
        exit(0)
    } catch {
        FileHandle.standardError.write(Data("stackgen-bench: \(error)\n".utf8))
        exit(1)
    }
}

if arguments.contains("--check") {
    do {
        let result = try CheckBench.run(executable: URL(fileURLWithPath: arguments[0]).standardizedFileURL.path)
        print(result.text, terminator: "")
        exit(result.met ? 0 : 1)
    } catch {
        FileHandle.standardError.write(Data("stackgen-bench: \(error)\n".utf8))
        exit(1)
    }
}

let sizes = arguments.contains("--quick") ? [1, 10, 100] : [1, 10, 100, 1000]
let report = BenchReport.run(sizes: sizes, executable: URL(fileURLWithPath: arguments[0]).standardizedFileURL.path)
print(report.text, terminator: "")
exit(report.allTargetsMet ? 0 : 1)
