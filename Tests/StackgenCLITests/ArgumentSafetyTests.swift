import Foundation
import Testing

/// Arguments mean what they say: nothing a user typed as a value is taken as an option or
/// a help request, and no byte of a path is silently changed.
@Suite struct ArgumentSafetyTests {
    static let synthUsage = "Usage: stackgen synth [--app <app>] [--stack <stack> ...] [--out <folder>] [--against <folder|deployed>]\n  See 'stackgen synth --help' for more information.\n"

    @Test func doubleDashEndsTheOptions() throws {
        let result = try BinaryRunner.run(["synth", "--app", "starter", "--", "--help"])
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "Error: unexpected argument '--help'\n" + Self.synthUsage)
    }

    @Test func helpGivenAsAnOptionsValueIsNotAHelpRequest() throws {
        let folder = try BinaryRunner.temporaryFolder()
        let result = try BinaryRunner.run(["synth", "--app", "starter", "--out", "--help"], in: folder)
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
        #expect(
            result.stderr
                == "Error: option '--out' needs a value <folder>, but '--help' looks like an option (write '--out=--help' if it is the value)\n"
                + Self.synthUsage)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [])
    }

    @Test func aForgottenValueDoesNotSwallowTheNextOption() throws {
        let result = try BinaryRunner.run(["plan", "--app", "--format", "json"])
        #expect(result.status == 64)
        #expect(
            result.stderr.hasPrefix(
                "Error: option '--app' needs a value <app>, but '--format' looks like an option (write '--app=--format' if it is the value)\n"))
    }

    @Test func aValueThatLooksLikeAnOptionIsTakenWhenWrittenWithEquals() throws {
        let folder = try BinaryRunner.temporaryFolder()
        let result = try BinaryRunner.run(["synth", "--app", "starter", "--out=--x"], in: folder)
        #expect(result.status == 0)
        #expect(result.stdout == "Synthesized 'starter' into --x: 5 written, 0 unchanged\n")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("--x/plan.json").path))
    }

    @Test func nonUTF8ArgumentIsRefusedNotReplaced() throws {
        let folder = try BinaryRunner.temporaryFolder()
        let result = try BinaryRunner.shell(#""$STACKGEN" synth --app starter --out "$(printf 'out\377')""#, in: folder)
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
        #expect(
            result.stderr
                == "Error: argument 5 is not valid UTF-8: 'out\\xFF'\n  hint: stackgen reads names and paths as UTF-8; rename the folder or pick another\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [])
    }

    @Test func helpStillWorksInAnOptionsPlace() throws {
        let result = try BinaryRunner.run(["synth", "--stak", "x", "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("OVERVIEW: Write the CloudFormation templates and plan.json of an app.\n"))
    }
}
