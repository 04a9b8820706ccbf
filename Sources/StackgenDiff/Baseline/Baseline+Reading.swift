import StackgenEmit

extension Baseline {
    /// Reads a baseline from an output folder's files: `plan.json`, then each stack's
    /// template. `parse` turns a file into a value (or throws where it is not JSON), so
    /// the folder, an emitted file list and a test fixture all read the same way.
    /// - Parameter source: the folder as the user named it, for messages.
    public static func read(
        source: String, file: (String) -> [UInt8]?, parse: ([UInt8], String) throws(BaselineError) -> TemplateValue
    ) throws(BaselineError) -> Baseline {
        guard let planBytes = file("plan.json") else {
            throw BaselineError(
                "no plan.json", at: source,
                hint: "'--against' takes the output folder of an earlier 'stackgen synth', e.g. one checked out from git")
        }
        let plan = try Plan(reading: try parse(planBytes, "\(source)/plan.json"), source: source)
        var stacks: [StackSnapshot] = []
        for step in plan.steps where step.kind == .stack {
            guard let path = step.template, let region = step.region else { continue }
            guard let bytes = file(path) else {
                throw BaselineError(
                    "plan.json names '\(path)' for stack '\(step.name)', but the file is missing", at: "\(source)/\(path)",
                    hint: "the folder is incomplete: synthesize the baseline again, or check it out in full")
            }
            let template = try parse(bytes, "\(source)/\(path)")
            guard template["Resources"]?.fields != nil else {
                throw BaselineError(
                    "template of '\(step.name)' has no Resources section", at: "\(source)/\(path)",
                    hint: "a baseline is read from templates stackgen wrote; this file was changed or is not one")
            }
            stacks.append(StackSnapshot(name: step.name, region: region, account: step.account, template: template))
        }
        return Baseline(source: source, plan: plan, stacks: stacks)
    }

    /// The new side of a diff: the files a synth would write, read back as a baseline.
    public static func read(
        emitted files: [EmittedFile], parse: ([UInt8], String) throws(BaselineError) -> TemplateValue
    ) throws(BaselineError) -> Baseline {
        let byPath = Dictionary(files.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        return try read(source: "synth", file: { byPath[$0].map { Array($0.contents.utf8) } }, parse: parse)
    }
}
