/// The AWS CLI as the deployed-baseline reader sees it: `aws <arguments> --region <region>`
/// with the user's own credentials, profile and `AWS_ENDPOINT_URL`. The command line binds
/// it to the deploy engine's process runner; tests answer from a script.
public protocol AWSCalls: Sendable {
    func aws(_ arguments: [String], region: String) -> AWSAnswer
}

public struct AWSAnswer: Sendable, Hashable {
    public let status: Int32
    public let stdout: String
    public let stderr: String

    public init(status: Int32, stdout: String, stderr: String) {
        self.status = status
        self.stdout = stdout
        self.stderr = stderr
    }

    public var succeeded: Bool { status == 0 }

    /// The CLI's own words for a failure: its last non-empty stderr line.
    var reason: String {
        stderr.split(separator: "\n").last { !$0.allSatisfy(\.isWhitespace) }.map(String.init) ?? "the AWS CLI exited with status \(status)"
    }
}
