import StackgenCore
import StackgenDeploy
import StackgenEmit

enum BootstrapCommand: Command {
    static let spec = CommandSpec(
        name: "bootstrap", abstract: "Create the artifact bucket deploy packages code into, once per region.",
        discussion: """
            Deploys the stack 'stackgen-bootstrap' in each region: one S3 bucket named \
            stackgen-artifacts-<account>-<region>, encrypted, public access blocked, TLS only, versioned \
            and kept if the stack is deleted. Without --region: every region the app deploys to. \
            Running it again updates the stack, or reports it unchanged.
            """,
        options: [.app, OptionSpec("--region", value: "region", help: "A region to bootstrap (repeatable).", repeats: true)])

    static func run(_ options: ParsedOptions, in context: Context) throws(UsageError) -> Int32 {
        var regions = options.all("--region")
        if regions.isEmpty {
            let app = try context.app(options, command: spec)
            regions = app.stacks.map { $0.region ?? app.region }
        }
        regions = Array(Set(regions)).sorted()
        let commands = SpawnedProcesses()
        let settings = DeploySettings(
            app: "stackgen", outputFolder: context.workingDirectory, sourceRoot: context.workingDirectory,
            stacksWithAssets: [], readFile: { POSIX.readFile($0) },
            keepPackaged: { _, _ in .failure(DeploySettings.WriteFailure(reason: "the bootstrap stack has no local artifacts")) })
        let runner = CloudFormationRunner(aws: DeploySession.aws(commands), commands: commands, settings: settings)
        var failed = false
        for region in regions {
            let started = Clock.now()
            let outcome = runner.bootstrap(region: region)
            let elapsed = ProgressPrinter.seconds(Clock.now() - started)
            switch outcome.result {
            case .failed(let status, let reason):
                failed = true
                context.console.err("\(context.console.paint("Error:", .red)) bootstrap of \(region) failed: \(status): \(reason)\n")
            default:
                let bucket = outcome.outputs[Bootstrap.bucketOutput].map { ": bucket \($0)" } ?? ""
                context.console.out("\(Bootstrap.stackName) \(region) \(outcome.status) in \(elapsed)\(bucket)\n")
            }
        }
        return failed ? ExitCode.failure : ExitCode.success
    }
}
