import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `kill -9` or Ctrl-C at any moment of a synth leaves the folder with one complete set,
/// the previous or the new one, whose manifest agrees; the next run removes what is left.
@Suite(.serialized) struct KilledSynthTests {
    /// Runs of the largest app killed at random moments; STACKGEN_KILL_RUNS changes it.
    static let runs = ProcessInfo.processInfo.environment["STACKGEN_KILL_RUNS"].flatMap(Int.init) ?? 220

    /// SplitMix64: the same moments on every run of the test.
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// The complete set an app's synth writes into `o`.
    private func reference(_ app: String, in root: URL) throws -> [String: String] {
        let folder = root.appendingPathComponent("reference-\(app)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let result = try BinaryRunner.run(["synth", "--app", app, "--out", "o"], in: folder)
        #expect(result.status == 0)
        return try OutputFolderInspection(folder: folder.appendingPathComponent("o")).visibleFiles()
    }

    @Test func aSynthKilledAtAnyMomentLeavesOneCompleteSet() throws {
        let root = try BinaryRunner.temporaryFolder()
        // The largest app and another one: different names, contents and counts, so a mix
        // of the two, or a half-pruned set, cannot pass for either.
        let sets = ["ai-bartender": try reference("ai-bartender", in: root), "agent-platform": try reference("agent-platform", in: root)]
        let work = root.appendingPathComponent("work")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        let out = OutputFolderInspection(folder: work.appendingPathComponent("o"))

        // How long a whole run takes here, so the kills spread over all of it.
        var durations: [Double] = []
        for app in ["agent-platform", "ai-bartender", "agent-platform"] {
            let began = Date()
            let process = try BinaryRunner.startSynth(app, in: work)
            process.waitUntilExit()
            durations.append(Date().timeIntervalSince(began))
        }
        let duration = durations.sorted()[1]
        var current = "agent-platform"
        var generator = SeededGenerator(state: 2026)
        var outcomes = ["previous": 0, "new": 0, "left something to repair": 0]
        for run in 0..<Self.runs {
            let next = current == "ai-bartender" ? "agent-platform" : "ai-bartender"
            let process = try BinaryRunner.startSynth(next, in: work)
            usleep(UInt32(Double.random(in: 0...(duration * 1.1), using: &generator) * 1_000_000))
            // Every fifth is a Ctrl-C rather than a kill -9.
            kill(process.processIdentifier, run % 5 == 4 ? SIGINT : SIGKILL)
            process.waitUntilExit()

            let visible = try out.visibleFiles()
            let matching = sets.first { $0.value == visible }?.key
            try #require(matching != nil, "run \(run): the folder holds neither complete set: \(visible.keys.sorted())")
            #expect(out.manifest() == visible.keys.sorted(), "run \(run): the manifest disagrees with the files")
            outcomes[matching == current ? "previous" : "new", default: 0] += 1
            if try !out.leftovers().isEmpty { outcomes["left something to repair", default: 0] += 1 }
            current = matching ?? current
        }
        print("killed \(Self.runs) synths over \(Int(duration * 1000)) ms each: \(outcomes)")
        // Kills landed both before and after the switch, or the test proved nothing.
        #expect(outcomes["previous", default: 0] > 0 && outcomes["new", default: 0] > 0, "\(outcomes)")

        let final = try BinaryRunner.run(["synth", "--app", "ai-bartender", "--out", "o"], in: work)
        #expect(final.status == 0)
        #expect(try out.visibleFiles() == sets["ai-bartender"])
        #expect(try out.leftovers() == [])
    }
}
