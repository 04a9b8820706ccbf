import StackgenVerify

/// Hand-made emitted files for the verifier: templates plus the `plan.json` that places them.
struct FixtureStack {
    enum Source {
        case required
        case defaultValue
        case output(stack: String, region: String, key: String)
    }

    var name: String
    var region = "eu-west-1"
    var account: String?
    var wave = 1
    var template: String
    var parameters: [(String, Source)] = []

    var file: String { "\(name).template.json" }

    var planStep: String {
        let entries = parameters.map { name, source -> String in
            switch source {
            case .required: #"{"name": "\#(name)", "from": null, "default": null, "required": true}"#
            case .defaultValue: #"{"name": "\#(name)", "from": null, "default": "x", "required": false}"#
            case .output(let stack, let region, let key):
                #"{"name": "\#(name)", "from": {"stack": "\#(stack)", "region": "\#(region)", "output": "\#(key)"}, "default": null, "required": false}"#
            }
        }
        let account = account.map { "\"\($0)\"" } ?? "null"
        return #"""
            {"name": "\#(name)", "kind": "stack", "region": "\#(region)", "account": \#(account), "wave": \#(wave),
             "template": "\#(file)", "dependsOn": [], "capabilities": [], "parameters": [\#(entries.joined(separator: ", "))], "command": ""}
            """#
    }
}

enum Fixture {
    /// The finding texts for `stacks`, as `internal error: …` prints them.
    static func findings(
        _ stacks: [FixtureStack], external: Set<String> = [], declared: [String: Set<String>] = [:]
    ) -> [String] {
        let plan = #"{"version": 1, "app": "app", "steps": [\#(stacks.map(\.planStep).joined(separator: ", "))]}"#
        return verify(stacks.map { ($0.file, $0.template) } + [("plan.json", plan)], external: external, declared: declared)
    }

    static func verify(
        _ files: [(String, String)], external: Set<String> = [], declared: [String: Set<String>] = [:]
    ) -> [String] {
        Verifier.verify(files.map { (path: $0.0, text: $0.1) }, declarations: .init(externalExports: external, parameters: declared))
            .map(\.description)
    }

    static func findings(inTemplate template: String) -> [String] {
        findings([FixtureStack(name: "app-api", template: template)])
    }
}
