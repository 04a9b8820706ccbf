/// A baseline that cannot be read: which file, what is wrong, what to do.
public struct BaselineError: Error, Sendable, Hashable, CustomStringConvertible {
    public let message: String
    /// The file (in the baseline folder) or the AWS call the problem was found in.
    public let location: String
    public let hint: String

    public init(_ message: String, at location: String, hint: String) {
        self.message = message
        self.location = location
        self.hint = hint
    }

    public var description: String { "\(location): \(message)\n  hint: \(hint)" }

    static func notAPlan(_ problem: String, source: String) -> BaselineError {
        BaselineError(
            "plan.json \(problem)", at: "\(source)/plan.json",
            hint: "'--against' takes the output folder of an earlier 'stackgen synth' (plan.json version 1 and its templates)")
    }
}
