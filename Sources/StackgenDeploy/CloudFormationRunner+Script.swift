import StackgenEmit

extension CloudFormationRunner {
    /// `/bin/sh -c <command>` in the app's source root, with the outputs of the stacks the
    /// script follows in its environment: `STACKGEN_OUTPUT_<STACK>_<Key>` always, and the
    /// bare `<Key>` too (the last producer in plan order wins when two share a key).
    func runScript(_ step: Plan.Step, inputs: StepInputs) -> StepOutcome {
        let environment = Self.scriptEnvironment(for: step, outputs: inputs.outputs)
        inputs.report("running")
        let result = commands.run(["/bin/sh", "-c", step.command], environment: environment, directory: settings.sourceRoot)
        guard result.succeeded else {
            let lines = (result.stderr + result.stdout).split(separator: "\n").suffix(3).joined(separator: " / ")
            return failure("exit \(result.status)", lines.isEmpty ? "the script exited with status \(result.status)" : lines)
        }
        return StepOutcome(.succeeded(status: "done"))
    }

    public static func scriptEnvironment(for step: Plan.Step, outputs: [String: [String: String]]) -> [String: String] {
        var environment: [String: String] = [:]
        for dependency in step.dependsOn {
            guard let values = outputs[dependency.name] else { continue }
            let prefix = "STACKGEN_OUTPUT_" + String(dependency.name.uppercased().map { $0.isLetter || $0.isNumber ? $0 : "_" }) + "_"
            for (key, value) in values {
                environment[prefix + key] = value
                environment[key] = value
            }
        }
        return environment
    }
}
