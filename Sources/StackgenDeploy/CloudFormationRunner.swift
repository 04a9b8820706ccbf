import StackgenEmit

/// Deploys stack steps with `create-stack`/`update-stack` and polls them to a settled
/// status, packaging local artifacts first; runs script steps with `/bin/sh -c`.
///
/// Direct create/update rather than `aws cloudformation deploy`: the statuses and events are
/// read anyway for progress, `No updates are to be performed` is CloudFormation's own
/// "unchanged", and moto registers no exports for executed change sets.
public final class CloudFormationRunner: StepRunner, @unchecked Sendable {
    /// Templates above this many bytes must come from S3.
    static let inlineLimit = 51_200

    let aws: AWSCLI
    let settings: DeploySettings
    let commands: any CommandRunner
    let bucketsLock = Monitor()
    // Guarded by `bucketsLock`.
    var knownBuckets: [String: String] = [:]

    public init(aws: AWSCLI, commands: any CommandRunner, settings: DeploySettings) {
        self.aws = aws
        self.commands = commands
        self.settings = settings
    }

    public func outputs(of stack: String, region: String) -> [String: String]? {
        aws.outputs(of: stack, region: region)
    }

    public func run(_ step: Plan.Step, inputs: StepInputs) -> StepOutcome {
        switch step.kind {
        case .script: return runScript(step, inputs: inputs)
        case .stack: return deploy(step, inputs: inputs, body: nil)
        }
    }

    /// What create, update and a change set all need: whether the stack exists, the
    /// template arguments and the parameter values.
    struct Prepared {
        let exists: Bool
        let arguments: [String]
    }

    /// - Parameter body: a template given inline (bootstrap) instead of the step's file.
    func deploy(_ step: Plan.Step, inputs: StepInputs, body: String?) -> StepOutcome {
        let region = step.region ?? ""
        let prepared: Prepared
        switch prepare(step, inputs: inputs, body: body) {
        case .success(let value): prepared = value
        case .failure(let failed): return failed.outcome
        }
        let verb = prepared.exists ? "update-stack" : "create-stack"
        let call = aws.call(["cloudformation", verb, "--stack-name", step.name] + prepared.arguments, region: region)
        if !call.succeeded {
            if prepared.exists && call.stderr.contains("No updates are to be performed") {
                return StepOutcome(.unchanged, outputs: aws.outputs(of: step.name, region: region) ?? [:])
            }
            return failure(prepared.exists ? "UPDATE_FAILED" : "CREATE_FAILED", AWSCLI.message(call))
        }
        return settle(step.name, region: region, inputs: inputs)
    }

    func prepare(_ step: Plan.Step, inputs: StepInputs, body: String?) -> Result<Prepared, Failed> {
        let region = step.region ?? ""
        var parameters: [(String, String)] = []
        for parameter in step.parameters {
            switch parameter.source {
            case .output(let stack, _, let key):
                guard let value = inputs.outputs[stack]?[key] else {
                    return .failure(Failed(outcome: failure("READ_FAILED", "stack '\(stack)' has no output '\(key)' for parameter '\(parameter.name)'")))
                }
                parameters.append((parameter.name, value))
            case .required:
                guard let value = settings.parameters[parameter.name] else {
                    return .failure(
                        Failed(outcome: failure("NOT_STARTED", "parameter '\(parameter.name)' has no value; pass it with '--parameter \(parameter.name)=value'")))
                }
                parameters.append((parameter.name, value))
            case .given(let value):
                parameters.append((parameter.name, settings.parameters[parameter.name] ?? value))
            case .defaultValue:
                if let value = settings.parameters[parameter.name] { parameters.append((parameter.name, value)) }
            }
        }
        let (description, readError) = aws.describe(step.name, region: region)
        if let readError { return .failure(Failed(outcome: failure("READ_FAILED", readError))) }
        let current = description?.status
        var exists = current != nil
        if let current, StackStatus.kind(current) == .inProgress && !StackStatus.mustBeDeletedBeforeCreating(current) {
            return .failure(Failed(outcome: failure(current, "the stack is busy with another operation; wait for it to settle, then run again")))
        }
        if let current, StackStatus.mustBeDeletedBeforeCreating(current) {
            inputs.report("deleting the failed first attempt (\(current))")
            let deleted = delete(step.name, region: region, inputs: inputs)
            guard deleted.succeeded else { return .failure(Failed(outcome: deleted)) }
            exists = false
        }
        var arguments: [String]
        switch templateArguments(for: step, body: body, inputs: inputs) {
        case .success(let source): arguments = source
        case .failure(let failed): return .failure(failed)
        }
        if !parameters.isEmpty { arguments += ["--parameters", Self.parametersJSON(parameters)] }
        if !step.capabilities.isEmpty { arguments += ["--capabilities"] + step.capabilities }
        return .success(Prepared(exists: exists, arguments: arguments))
    }

    /// Polls until the stack leaves `*_IN_PROGRESS`; the first poll is immediate.
    func settle(_ stack: String, region: String, inputs: StepInputs, deleting: Bool = false) -> StepOutcome {
        while true {
            let (description, error) = aws.describe(stack, region: region)
            if let error { return failure("READ_FAILED", error) }
            guard let description else {
                return deleting ? StepOutcome(.succeeded(status: "DELETE_COMPLETE")) : failure("MISSING", "the stack disappeared while deploying")
            }
            let status = description.status
            switch StackStatus.kind(status) {
            case .inProgress:
                inputs.report(settings.liveEvents ? aws.latestEvent(of: stack, region: region) ?? status : status)
                Clock.sleep(seconds: settings.pollSeconds)
            case .succeeded where !deleting:
                return StepOutcome(.succeeded(status: status), outputs: description.outputs)
            case .succeeded, .failed:
                // A delete that settles anywhere but "gone" failed: an export still in use
                // sends the stack back to *_COMPLETE with the importers in the reason.
                let reason = aws.firstFailure(of: stack, region: region) ?? description.reason
                return failure(status, reason.isEmpty ? "the stack ended in \(status)" : reason)
            }
        }
    }

    func delete(_ stack: String, region: String, inputs: StepInputs) -> StepOutcome {
        let call = aws.call(["cloudformation", "delete-stack", "--stack-name", stack], region: region)
        guard call.succeeded else { return failure("DELETE_FAILED", AWSCLI.message(call)) }
        return settle(stack, region: region, inputs: inputs, deleting: true)
    }

    func failure(_ status: String, _ reason: String) -> StepOutcome {
        StepOutcome(.failed(status: status, reason: reason))
    }

    static func parametersJSON(_ parameters: [(String, String)]) -> String {
        CanonicalJSON.string(
            .array(parameters.map { .object([("ParameterKey", .string($0.0)), ("ParameterValue", .string($0.1))]) })
        ).trimmed
    }
}
