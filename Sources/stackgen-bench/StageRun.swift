import Foundation
import StackgenCLI
import StackgenCore
import StackgenEmit
import StackgenResolver

/// One size of synthetic app, timed stage by stage in this process (the child mode).
struct StageRun {
    let services: Int
    var resources = 0
    var build: [Double] = []
    var lower: [Double] = []
    var resolve: [Double] = []
    var emit: [Double] = []
    var resolveCPU: [Double] = []
    var emitCPU: [Double] = []
    var write: [Double] = []

    /// validate = lower + resolve + emit in memory; synth adds the write.
    var validate: Double { Measurement.median(lower) + Measurement.median(resolve) + Measurement.median(emit) }
    var synth: Double { validate + Measurement.median(write) }

    mutating func measure(repeats: Int) throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("stackgen-bench-\(getpid())")
        defer { try? FileManager.default.removeItem(at: scratch) }
        for attempt in 0..<repeats {
            let (app, modelTime) = Measurement.time { SyntheticApp.make(services: services) }
            var diagnostics = Diagnostics()
            let (lowered, lowerTime) = Measurement.time { Lowering.lower(app, into: &diagnostics) }
            guard let model = lowered else { throw BenchFailure(diagnostics: diagnostics) }
            let (linked, resolveTime, resolveCPUTime) = Measurement.timeWithCPU { Resolver.resolve(model, into: &diagnostics) }
            guard let resolved = linked else { throw BenchFailure(diagnostics: diagnostics) }
            let (emitted, emitTime, emitCPUTime) = Measurement.timeWithCPU {
                Emitter.emit(resolved, outputFolder: "out", into: &diagnostics)
            }
            guard !diagnostics.hasErrors else { throw BenchFailure(diagnostics: diagnostics) }
            // A fresh folder each time, so every run writes every file.
            let folder = scratch.appendingPathComponent("run\(attempt)")
            let (_, writeTime) = try Measurement.time { try OutputWriter(path: folder.path).write(emitted.files, prune: true) }
            // Untimed: remove it again and flush, so one run's unwritten pages do not slow
            // the next run's writes (the disk is shared and noisy; this keeps runs apart).
            try? FileManager.default.removeItem(at: folder)
            sync()
            resources = resolved.stacks.reduce(0) { $0 + $1.resources.count }
            build.append(modelTime)
            lower.append(lowerTime)
            resolve.append(resolveTime)
            emit.append(emitTime)
            resolveCPU.append(resolveCPUTime)
            emitCPU.append(emitCPUTime)
            write.append(writeTime)
        }
    }

    var jsonLine: String {
        let fields: [(String, String)] = [
            ("services", "\(services)"), ("stacks", "\(services + 4)"), ("resources", "\(resources)"),
            ("modelSeconds", format(Measurement.median(build))), ("lowerSeconds", format(Measurement.median(lower))),
            ("resolveSeconds", format(Measurement.median(resolve))), ("emitSeconds", format(Measurement.median(emit))),
            ("resolveCPUSeconds", format(Measurement.median(resolveCPU))), ("emitCPUSeconds", format(Measurement.median(emitCPU))),
            ("writeSeconds", format(Measurement.median(write))), ("validateSeconds", format(validate)),
            ("synthSeconds", format(synth)), ("peakMemoryMiB", String(format: "%.1f", Measurement.peakMemoryMiB())),
        ]
        return "{" + fields.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}"
    }

    private func format(_ seconds: Double) -> String { String(format: "%.6f", seconds) }
}

struct BenchFailure: Error, CustomStringConvertible {
    let diagnostics: Diagnostics
    var description: String { diagnostics.errors.map(\.description).joined(separator: "\n") }
}
