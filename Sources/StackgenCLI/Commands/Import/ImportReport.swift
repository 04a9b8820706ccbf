import StackgenAdopt
import StackgenCore
import StackgenEmit
import StackgenReader

/// `IMPORT-REPORT.md`: what the import did and what differs when the app is synthesized.
enum ImportReport {
    static let title = "# Import report"

    static func differences(imported: TemplateImport.Result, inputs: [TemplateInput], synthesized: [EmittedFile]) -> [String] {
        var lines: [String] = []
        for input in inputs {
            let name = "\(input.stackName).template.json"
            guard let file = synthesized.first(where: { $0.path == name }) else {
                lines.append("\(input.path): stack '\(input.stackName)' was not synthesized (see the diagnostics)")
                continue
            }
            do {
                let tree = try TemplateReader.read(file.contents, file: name)
                lines += TemplateEquivalence.differences(
                    input: input, synthesized: tree, droppedParameters: imported.droppedParameters[input.stackName] ?? [])
            } catch {
                lines.append("\(name): cannot read the synthesized template back: \(error.message)")
            }
        }
        return lines
    }

    static func render(
        _ app: String, imported: TemplateImport.Result, inputs: [TemplateInput], diagnostics: [Diagnostic], differences: [String]
    ) -> String {
        var text = "\(title): \(app)\n\nWritten by `stackgen import` from \(inputs.count) templates.\n\n## Stacks\n\n"
        for input in inputs.sorted(by: { $0.stackName < $1.stackName }) {
            text += "- `\(input.stackName)` (\(input.region)) from `\(input.path)`\n"
        }
        text += "\n## Catalog targets the code imports\n\n"
        text += imported.modules.isEmpty
            ? "None.\n" : imported.modules.map { "- `\($0)`" }.joined(separator: "\n") + "\n"
        text += "\n## Typed references in place of Fn::ImportValue\n\n"
        var references: [String] = []
        for stack in imported.app.stacks {
            var seen: Set<String> = []
            for resource in stack.resources {
                for key in resource.properties.keys.sorted() {
                    resource.properties[key]?.forEachNode { node in
                        if case .output(let address) = node, seen.insert(address.description).inserted {
                            references.append("- `\(stack.name)` uses `\(address)`")
                        }
                    }
                }
            }
        }
        text += references.isEmpty ? "None.\n" : references.joined(separator: "\n") + "\n"
        text += "\n## Not carried over as written\n\n"
        text += imported.notes.isEmpty ? "Nothing.\n" : imported.notes.map { "- \($0)" }.joined(separator: "\n") + "\n"
        text += "\n## Diagnostics of the imported app\n\n"
        text += diagnostics.isEmpty ? "None.\n" : diagnostics.map { "- \($0.description.split(separator: "\n").first ?? "")" }.joined(separator: "\n") + "\n"
        text += "\n## Differences after synthesis\n\n"
        text += differences.isEmpty ? "None: every template synthesizes to the same tree.\n" : differences.map { "- \($0)" }.joined(separator: "\n") + "\n"
        return text
    }
}
