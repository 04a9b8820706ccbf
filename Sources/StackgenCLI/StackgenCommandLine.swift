import StackgenCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The `stackgen` command line, callable in-process. A package that defines its own apps
/// gets the same tool from a one-line `main.swift`:
///
///     StackgenCommandLine.main(apps: [AppEntry("my-app") { MyApp.app }])
public enum StackgenCommandLine {
    public static let version = "0.1.0"

    static var commands: [any Command.Type] {
        [SynthCommand.self, PlanCommand.self, ValidateCommand.self, ListCommand.self]
            + [CheckCommand.self]
            + [ImportCommand.self]
            + [DiffCommand.self]
    }

    /// Runs with the process's arguments and streams, then exits with the command's code.
    public static func main(apps: [AppEntry], defaultApp: String? = nil) -> Never {
        let closed = ProcessSetup.prepare()
        if closed.output { StandardStream.output.fail(EBADF) }
        if closed.error { StandardStream.error.fail(EBADF) }
        switch ProcessSetup.arguments() {
        case .failure(let invalid):
            StandardStream.error.write(
                "Error: argument \(invalid.position) is not valid UTF-8: '\(invalid.escaped)'\n"
                    + "  hint: stackgen reads names and paths as UTF-8; rename the folder or pick another\n")
            exit(ExitCode.usage)
        case .success(let arguments):
            let code = run(
                arguments, apps: apps, defaultApp: defaultApp, console: .standard, workingDirectory: POSIX.currentDirectory())
            exit(StandardStream.exitCode(after: code))
        }
    }

    /// Runs one invocation and returns its exit code: 0 ok, 1 errors found, 64 usage.
    public static func run(
        _ arguments: [String], apps: [App], defaultApp: String? = nil, console: Console, workingDirectory: String
    ) -> Int32 {
        run(arguments, apps: apps.map(AppEntry.init), defaultApp: defaultApp, console: console, workingDirectory: workingDirectory)
    }

    /// Runs one invocation with apps built on demand.
    public static func run(
        _ arguments: [String], apps: [AppEntry], defaultApp: String? = nil, console: Console, workingDirectory: String
    ) -> Int32 {
        let context = Context(apps: apps, defaultApp: defaultApp, console: console, workingDirectory: workingDirectory)
        let specs = commands.map { $0.spec }
        guard let first = arguments.first else {
            console.err(Help.tool(commands: specs))
            return ExitCode.usage
        }
        switch first {
        case "--help", "-h":
            console.out(Help.tool(commands: specs))
            return ExitCode.success
        case "--version":
            console.out("stackgen \(version)\n")
            return ExitCode.success
        case "help":
            guard let name = arguments.dropFirst().first else {
                console.out(Help.tool(commands: specs))
                return ExitCode.success
            }
            guard let command = commands.first(where: { $0.spec.name == name }) else {
                return report(unknownCommand(name, specs), console: console)
            }
            console.out(Help.command(command.spec))
            return ExitCode.success
        default:
            break
        }
        guard let command = commands.first(where: { $0.spec.name == first }) else {
            return report(unknownCommand(first, specs), console: console)
        }
        do throws(UsageError) {
            switch try ArgumentParser.parse(Array(arguments.dropFirst()), for: command.spec) {
            case .help:
                console.out(Help.command(command.spec))
                return ExitCode.success
            case .run(let options):
                return try command.run(options, in: context)
            }
        } catch {
            return report(error, console: console)
        }
    }

    private static func unknownCommand(_ name: String, _ specs: [CommandSpec]) -> UsageError {
        let kind = name.hasPrefix("-") ? "option" : "subcommand"
        let candidates = name.hasPrefix("-") ? ["--help", "--version"] : specs.map(\.name) + ["help"]
        let suggestion = Suggestion.phrase(for: name, in: candidates).map { " (\($0))" } ?? ""
        return UsageError(message: "unknown \(kind) '\(name)'\(suggestion)", command: nil)
    }

    private static func report(_ error: UsageError, console: Console) -> Int32 {
        var text = "\(console.paint("Error:", .red)) \(error.message)\n"
        if let command = error.command {
            text += "Usage: \(Help.usage(command))\n  See 'stackgen \(command.name) --help' for more information.\n"
        } else {
            text += "Usage: stackgen <subcommand> [options]\n  See 'stackgen --help' for more information.\n"
        }
        console.err(text)
        return ExitCode.usage
    }
}
