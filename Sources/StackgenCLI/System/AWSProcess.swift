import StackgenDeploy
import StackgenDiff

/// The AWS CLI found on `PATH`, run through the deploy engine's process runner (no shell,
/// arguments never re-split, both streams drained together). What `--against deployed`
/// reads the live stacks with.
struct AWSProcess: AWSCalls {
    let runner = SpawnedProcesses()

    func aws(_ arguments: [String], region: String) -> AWSAnswer {
        let result = runner.run(["aws"] + arguments + ["--region", region], environment: [:], directory: nil)
        let hint = result.status == 127 && result.stderr.hasPrefix("cannot run 'aws'") ? "; is the AWS CLI on PATH?" : ""
        return AWSAnswer(status: result.status, stdout: result.stdout, stderr: result.stderr + hint)
    }
}
