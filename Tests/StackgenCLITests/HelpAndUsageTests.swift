import Foundation
import Testing

@Suite struct HelpAndUsageTests {
    @Test func toolHelpHasTheUsualSections() throws {
        let result = try BinaryRunner.run(["--help"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        for section in ["OVERVIEW:", "USAGE: stackgen <subcommand> [options]", "OPTIONS:", "SUBCOMMANDS:", "  synth ", "  plan ", "  validate ", "  list "] {
            #expect(result.stdout.contains(section), "missing \(section)")
        }
    }

    @Test(arguments: ["synth", "plan", "validate", "list"])
    func commandHelp(_ command: String) throws {
        let result = try BinaryRunner.run([command, "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("OVERVIEW: "))
        #expect(result.stdout.contains("\nUSAGE: stackgen \(command)"))
        #expect(result.stdout.contains("\nOPTIONS:\n"))
        #expect(result.stdout.contains("-h, --help"))
        let viaHelp = try BinaryRunner.run(["help", command])
        #expect(viaHelp.stdout == result.stdout)
    }

    @Test func synthUsageLine() throws {
        let result = try BinaryRunner.run(["synth", "--help"])
        #expect(result.stdout.contains("USAGE: stackgen synth [--app <app>] [--stack <stack> ...] [--out <folder>] [--against <folder|deployed>]\n"))
    }

    @Test func version() throws {
        let result = try BinaryRunner.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout == "stackgen 0.1.0\n")
    }

    @Test func unknownSubcommandSuggestsTheClosest() throws {
        let result = try BinaryRunner.run(["synht"])
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
        #expect(
            result.stderr
                == "Error: unknown subcommand 'synht' (did you mean 'synth'?)\nUsage: stackgen <subcommand> [options]\n  See 'stackgen --help' for more information.\n")
    }

    @Test func unknownOptionSuggestsTheClosest() throws {
        let result = try BinaryRunner.run(["plan", "--formt", "json"])
        #expect(result.status == 64)
        #expect(
            result.stderr
                == "Error: unknown option '--formt' (did you mean '--format'?)\nUsage: stackgen plan [--app <app>] [--format <format>] [--out <folder>] [--against <folder|deployed>]\n  See 'stackgen plan --help' for more information.\n")
    }

    @Test func badFormatValue() throws {
        let result = try BinaryRunner.run(["plan", "--format", "jsn"])
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("Error: 'jsn' is not a valid value for '--format' (one of: text, json, mermaid, dot); did you mean 'json'?\n"))
    }

    @Test func unknownAppAndStack() throws {
        let app = try BinaryRunner.run(["validate", "--app", "startr"])
        #expect(app.status == 64)
        #expect(app.stderr.hasPrefix("Error: unknown app 'startr'; did you mean 'starter'?"))
        let stack = try BinaryRunner.run(["synth", "--app", "starter", "--stack", "starter-dat"])
        #expect(stack.status == 64)
        #expect(stack.stderr.hasPrefix("Error: app 'starter' has no stack 'starter-dat'; did you mean 'starter-data'?\n"))
    }

    @Test func noArgumentsPrintsHelpAsUsageError() throws {
        let result = try BinaryRunner.run([])
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == (try BinaryRunner.run(["--help"])).stdout)
        #expect(result.stderr.hasPrefix("OVERVIEW: "))
    }

    @Test func noColourWhenNotATerminal() throws {
        let result = try BinaryRunner.run(["synht"])
        #expect(!result.stderr.contains("\u{1B}["))
    }
}
