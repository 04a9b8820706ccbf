import StackgenEmit
import StackgenJSON

/// The AWS CLI calls the deploy makes, as argument lists (no shell: values are never
/// re-split), and readers for their `--output text` answers. Text output with `--query`
/// keeps stackgen free of a JSON reader for the CLI's answers.
public struct AWSCLI: Sendable {
    public let program: String
    let commands: any CommandRunner

    public init(program: String = "aws", commands: any CommandRunner) {
        self.program = program
        self.commands = commands
    }

    public func call(_ arguments: [String], region: String?) -> ProcessResult {
        var full = [program] + arguments
        if let region, !region.isEmpty { full += ["--region", region] }
        return commands.run(full, environment: [:], directory: nil)
    }

    /// A stack as one `describe-stacks` call shows it.
    public struct Description: Sendable, Hashable {
        public let status: String
        public let reason: String
        public let outputs: [String: String]
    }

    /// One call for status, reason and outputs: each call starts a Python process, the
    /// largest cost of a deploy on a small machine. `description` is nil when there is no
    /// such stack; `error` says why the stack could not be read.
    public func describe(_ stack: String, region: String) -> (description: Description?, error: String?) {
        let query = "Stacks[0].{Status:StackStatus,Reason:StackStatusReason,Outputs:Outputs[].{Key:OutputKey,Value:OutputValue}}"
        let result = call(["cloudformation", "describe-stacks", "--stack-name", stack, "--query", query, "--output", "json"], region: region)
        guard result.succeeded else {
            if result.stderr.contains("does not exist") { return (nil, nil) }
            return (nil, Self.message(result))
        }
        guard let node = try? JSONNode.parse(Array(result.stdout.utf8)), let status = node["Status"]?.string else {
            return (nil, "cannot read the AWS CLI's answer for '\(stack)': \(result.stdout.prefix(200))")
        }
        var outputs: [String: String] = [:]
        for output in node["Outputs"]?.array ?? [] {
            if let key = output["Key"]?.string { outputs[key] = output["Value"]?.string ?? "" }
        }
        return (Description(status: status, reason: node["Reason"]?.string ?? "", outputs: outputs), nil)
    }

    public func outputs(of stack: String, region: String) -> [String: String]? {
        describe(stack, region: region).description?.outputs
    }

    /// The oldest failed resource event (the cause; later failures are usually its echo).
    public func firstFailure(of stack: String, region: String) -> String? {
        let query = "StackEvents[?ends_with(ResourceStatus, 'FAILED')].[LogicalResourceId,ResourceType,ResourceStatus,ResourceStatusReason]"
        let result = call(["cloudformation", "describe-stack-events", "--stack-name", stack, "--query", query, "--output", "text"], region: region)
        guard result.succeeded, let line = result.stdout.trimmed.split(separator: "\n").last(where: { !$0.isEmpty && $0 != "None" }) else { return nil }
        let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        guard fields.count >= 4 else { return String(line) }
        return "\(fields[0]) (\(fields[1])) \(fields[2]): \(fields[3...].joined(separator: " "))"
    }

    /// `Orders CREATE_IN_PROGRESS`: the newest event, for the live table.
    public func latestEvent(of stack: String, region: String) -> String? {
        let result = call(["cloudformation", "describe-stack-events", "--stack-name", stack, "--max-items", "1", "--query", "StackEvents[0].[LogicalResourceId,ResourceStatus]", "--output", "text"], region: region)
        guard result.succeeded else { return nil }
        return result.stdout.trimmed.split(separator: "\n").first.map { String($0).replacing("\t", with: " ") }
    }

    /// The CLI's own words for a failed call: its last non-empty stderr line.
    static func message(_ result: ProcessResult) -> String {
        let lines = result.stderr.split(separator: "\n").map { String($0).trimmed }.filter { !$0.isEmpty }
        return lines.last ?? "the AWS CLI exited with status \(result.status)"
    }
}

extension String {
    var trimmed: String {
        var text = Substring(self)
        while let first = text.first, first.isWhitespace { text.removeFirst() }
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return String(text)
    }
}
