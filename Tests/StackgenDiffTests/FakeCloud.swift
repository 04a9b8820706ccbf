import StackgenDiff

/// Deployed stacks answering the AWS CLI calls the deployed-baseline reader makes, in the
/// JSON shapes the real CLI prints. `listImports: false` answers like moto (no ListImports).
struct FakeCloud: AWSCalls {
    struct Deployed {
        let region: String
        let status: String
        let templateBody: String
        let outputs: [(key: String, value: String, export: String?)]
    }

    var stacks: [String: Deployed] = [:]
    var listImports = true
    /// Every call made, `region: arguments…`, in order.
    let log = CallLog()

    final class CallLog: @unchecked Sendable {
        var calls: [String] = []
    }

    /// Every stack of `baseline` deployed as is, each output's value made up from its key.
    init(_ baseline: Baseline, listImports: Bool = true) {
        self.listImports = listImports
        for stack in baseline.stacks {
            stacks[stack.name] = Deployed(
                region: stack.region, status: "UPDATE_COMPLETE", templateBody: stack.template.compact,
                outputs: stack.outputs.map { ($0.key, "value-of-\($0.key)", $0.exportName) })
        }
    }

    func aws(_ arguments: [String], region: String) -> AWSAnswer {
        log.calls.append("\(region): \(arguments.joined(separator: " "))")
        func value(_ option: String) -> String? {
            arguments.firstIndex(of: option).flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }
        }
        let here = stacks.filter { $0.value.region == region }.sorted { $0.key < $1.key }
        switch arguments.dropFirst().first {
        case "describe-stacks":
            let selected = value("--stack-name").map { name in here.filter { $0.key == name } } ?? here
            if let name = value("--stack-name"), selected.isEmpty {
                return AWSAnswer(status: 254, stdout: "", stderr: "\nAn error occurred (ValidationError) when calling the DescribeStacks operation: Stack with id \(name) does not exist\n")
            }
            let items = selected.map { name, stack in
                let outputs = stack.outputs.map { output in
                    "{\"OutputKey\": \"\(output.key)\", \"OutputValue\": \"\(output.value)\"" + (output.export.map { ", \"ExportName\": \"\($0)\"" } ?? "") + "}"
                }
                return "{\"StackName\": \"\(name)\", \"StackStatus\": \"\(stack.status)\", \"Outputs\": [\(outputs.joined(separator: ", "))]}"
            }
            return AWSAnswer(status: 0, stdout: "{\"Stacks\": [\(items.joined(separator: ", "))]}", stderr: "")
        case "get-template":
            guard let name = value("--stack-name"), let stack = here.first(where: { $0.key == name })?.value else {
                return AWSAnswer(status: 254, stdout: "", stderr: "An error occurred (ValidationError): Stack does not exist\n")
            }
            return AWSAnswer(status: 0, stdout: "{\"TemplateBody\": \(stack.templateBody), \"StagesAvailable\": [\"Original\"]}", stderr: "")
        case "list-exports":
            let exports = here.flatMap { name, stack in
                stack.outputs.compactMap { output in output.export.map { "{\"ExportingStackId\": \"id/\(name)\", \"Name\": \"\($0)\", \"Value\": \"\(output.value)\"}" } }
            }
            return AWSAnswer(status: 0, stdout: "{\"Exports\": [\(exports.joined(separator: ", "))]}", stderr: "")
        case "list-imports":
            guard listImports else {
                return AWSAnswer(status: 255, stdout: "", stderr: "An error occurred (InternalFailure) when calling the ListImports operation: The list_imports action has not been implemented\n")
            }
            let name = value("--export-name") ?? ""
            let importers = here.filter { stackName, stack in
                let template = try? TemplateValue.parse(Array(stack.templateBody.utf8), file: stackName)
                return template?.importedExportNames(stack: stackName, region: region).contains(name) ?? false
            }.map(\.key)
            guard !importers.isEmpty else {
                return AWSAnswer(status: 254, stdout: "", stderr: "An error occurred (ValidationError) when calling the ListImports operation: Export '\(name)' is not imported by any stack.\n")
            }
            return AWSAnswer(status: 0, stdout: "{\"Imports\": [\(importers.map { "\"\($0)\"" }.joined(separator: ", "))]}", stderr: "")
        default:
            return AWSAnswer(status: 252, stdout: "", stderr: "unexpected call\n")
        }
    }
}
