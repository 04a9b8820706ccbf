import StackgenEmit

extension Plan {
    /// A plan read back from `plan.json` (version 1), as `Plan.json` wrote it.
    public init(reading json: TemplateValue, source: String) throws(BaselineError) {
        guard json["version"] == .number(Double(Plan.formatVersion)) else {
            throw .notAPlan("is not version \(Plan.formatVersion) of stackgen's plan format", source: source)
        }
        guard let app = json["app"]?.string, let stepValues = json["steps"]?.array, let waveValues = json["waves"]?.array else {
            throw .notAPlan("has no 'app', 'steps' or 'waves'", source: source)
        }
        var steps: [Step] = []
        for (index, value) in stepValues.enumerated() {
            steps.append(try Step(reading: value, index: index, source: source))
        }
        self.init(
            app, steps: steps, waves: waveValues.map { ($0.array ?? []).compactMap(\.string) },
            criticalPath: (json["criticalPath"]?.array ?? []).compactMap(\.string))
        if let root = json["sourceRoot"]?.string { sourceRoot = root }
        assets = (json["assets"]?.array ?? []).compactMap { value -> Asset? in
            guard let stack = value["stack"]?.string, let resource = value["resource"]?.string, let property = value["property"]?.string,
                let path = value["path"]?.string
            else { return nil }
            return Asset(stack: stack, resource: resource, property: property, path: path, hash: value["hash"]?.string)
        }
    }
}

extension Plan.Step {
    init(reading json: TemplateValue, index: Int, source: String) throws(BaselineError) {
        guard let name = json["name"]?.string, let kindName = json["kind"]?.string, let kind = Kind(rawValue: kindName),
            case .number(let wave)? = json["wave"], let command = json["command"]?.string
        else {
            throw .notAPlan("step \(index + 1) lacks 'name', 'kind', 'wave' or 'command'", source: source)
        }
        let template = json["template"]?.string
        if kind == .stack {
            // A baseline folder is read, never trusted: a template must be a file beside plan.json.
            guard json["region"]?.string != nil, let template, !template.contains("/"), !template.hasPrefix(".") else {
                throw .notAPlan("step '\(name)' has no region, or a template that is not a file beside plan.json", source: source)
            }
        }
        let dependencies = (json["dependsOn"]?.array ?? []).compactMap { value -> Plan.Dependency? in
            guard let name = value["name"]?.string else { return nil }
            return Plan.Dependency(name, reasons: (value["reasons"]?.array ?? []).compactMap(\.string))
        }
        let parameters = (json["parameters"]?.array ?? []).compactMap { value -> Plan.Parameter? in
            guard let name = value["name"]?.string else { return nil }
            if let from = value["from"], let stack = from["stack"]?.string, let region = from["region"]?.string,
                let output = from["output"]?.string
            {
                return Plan.Parameter(name, source: .output(stack: stack, region: region, key: output))
            }
            if let value = value["default"], value != .null { return Plan.Parameter(name, source: .defaultValue(value.json)) }
            if let given = value["given"]?.string { return Plan.Parameter(name, source: .given(given)) }
            return Plan.Parameter(name, source: .required)
        }
        self.init(
            name, kind: kind, region: json["region"]?.string, account: json["account"]?.string, wave: Int(wave),
            template: template, dependsOn: dependencies, capabilities: (json["capabilities"]?.array ?? []).compactMap(\.string),
            parameters: parameters, command: command)
    }
}
