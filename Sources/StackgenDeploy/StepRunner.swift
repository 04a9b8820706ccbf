import StackgenEmit

/// What a step gets when it starts: the outputs of the stacks it follows (for cross-region
/// parameters and scripts' environment), and a way to say what it is doing now.
public struct StepInputs: Sendable {
    /// Output values by stack name, then output key.
    public let outputs: [String: [String: String]]
    /// The step's latest state in a few words (`CREATE_IN_PROGRESS Orders`), for the live table.
    public let report: @Sendable (String) -> Void

    public init(outputs: [String: [String: String]], report: @escaping @Sendable (String) -> Void = { _ in }) {
        self.outputs = outputs
        self.report = report
    }
}

/// How a step ended.
public struct StepOutcome: Sendable, Hashable {
    public enum Result: Sendable, Hashable {
        /// The stack reached this status (`CREATE_COMPLETE`), or the script exited 0 (`done`).
        case succeeded(status: String)
        /// CloudFormation had nothing to change.
        case unchanged
        /// With the first failed resource and its reason, when there is one.
        case failed(status: String, reason: String)
    }

    public let result: Result
    /// The stack's outputs after the step, for the steps that follow it.
    public let outputs: [String: String]

    public init(_ result: Result, outputs: [String: String] = [:]) {
        self.result = result
        self.outputs = outputs
    }

    public var succeeded: Bool {
        if case .failed = result { return false }
        return true
    }

    /// The word the progress lines and the journal use.
    public var status: String {
        switch result {
        case .succeeded(let status): status
        case .unchanged: "unchanged"
        case .failed(let status, _): status
        }
    }
}

/// Deploys one step. Blocking: the executor calls it on a thread of the step's own.
public protocol StepRunner: Sendable {
    func run(_ step: Plan.Step, inputs: StepInputs) -> StepOutcome
    /// The outputs of a stack deployed before this run (`--resume`, `--stack`); nil when
    /// the stack cannot be read.
    func outputs(of stack: String, region: String) -> [String: String]?
}
