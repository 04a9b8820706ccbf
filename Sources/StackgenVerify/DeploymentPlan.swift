import StackgenJSON

/// The stack steps of `plan.json`, read back from its text: where each template deploys,
/// when, and where each of its parameters gets its value.
struct DeploymentPlan: Sendable {
    struct Stack: Sendable {
        let name: String
        let region: String
        /// nil: whichever account deploys the app.
        let account: String?
        let wave: Int
        let template: String
        let parameters: [String: ParameterSource]
        /// `steps/<index>` in plan.json, for findings about the step itself.
        let path: String
    }

    enum ParameterSource: Sendable, Hashable {
        case output(stack: String, region: String, key: String)
        case defaultValue
        /// The plan leaves it to whoever deploys.
        case required
    }

    private(set) var stacks: [Stack] = []
    private(set) var findings: [VerificationFinding] = []

    static let file = "plan.json"

    init(_ plan: JSONNode) {
        guard let steps = plan["steps"]?.array else {
            findings.append(Self.finding("steps", name: "steps", "plan.json has no 'steps' list"))
            return
        }
        for (index, step) in steps.enumerated() where step["kind"]?.string == "stack" {
            let path = "steps/\(index)"
            guard let name = step["name"]?.string, let region = step["region"]?.string, let wave = step["wave"]?.integer,
                let template = step["template"]?.string
            else {
                findings.append(Self.finding(path, name: step["name"]?.string ?? "", "stack step lacks its name, region, wave or template"))
                continue
            }
            var parameters: [String: ParameterSource] = [:]
            for (position, parameter) in (step["parameters"]?.array ?? []).enumerated() {
                guard let parameterName = parameter["name"]?.string, let source = Self.source(of: parameter) else {
                    findings.append(Self.finding("\(path)/parameters/\(position)", name: parameter["name"]?.string ?? "", "parameter entry is malformed"))
                    continue
                }
                parameters[parameterName] = source
            }
            stacks.append(
                Stack(name: name, region: region, account: step["account"]?.string, wave: wave, template: template, parameters: parameters, path: path))
        }
    }

    func stack(named name: String) -> Stack? { stacks.first { $0.name == name } }

    private static func source(of parameter: JSONNode) -> ParameterSource? {
        if let from = parameter["from"], !from.isNull {
            guard let stack = from["stack"]?.string, let region = from["region"]?.string, let key = from["output"]?.string else { return nil }
            return .output(stack: stack, region: region, key: key)
        }
        if parameter["required"]?.bool == true { return .required }
        if let value = parameter["default"], !value.isNull { return .defaultValue }
        return nil
    }

    private static func finding(_ path: String, name: String, _ message: String) -> VerificationFinding {
        VerificationFinding(file: file, path: path, name: name, message: message)
    }
}
