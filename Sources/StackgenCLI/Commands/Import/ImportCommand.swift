import StackgenAdopt
import StackgenCore
import StackgenEmit
import StackgenPipeline
import StackgenReader

/// `stackgen import`: hand-written templates as a typed Swift app, with a report of what
/// differs when the app is synthesized again.
enum ImportCommand: Command {
    static let spec = CommandSpec(
        name: "import", abstract: "Write a Swift app from hand-written CloudFormation/SAM templates.",
        discussion: """
            Reads the templates under the folder as 'check' does, and writes one Swift file per stack \
            plus the app into --out. An Fn::ImportValue of another imported stack's export becomes a \
            typed reference to that stack's output (the export keeps its name); parameters that only \
            spelled such names are dropped. IMPORT-REPORT.md beside the code lists everything that \
            differs when the app is synthesized again.
            """,
        options: [
            OptionSpec("--app", value: "name", help: "Name of the app to write."),
            OptionSpec("--out", value: "folder", help: "Folder for the Swift files and the report."),
            OptionSpec("--stack", value: "name=path[@region]", help: "Stack name (and region) of a template or folder.", repeats: true),
            OptionSpec("--param", value: "stack.param=value", help: "A parameter value known before deploy.", repeats: true),
            OptionSpec(
                "--synthesized", value: "folder",
                help: "Compare the input with these templates (what the written app's 'synth' wrote) instead of synthesizing in memory."),
        ],
        positional: "folder")

    static let reportName = "IMPORT-REPORT.md"

    static func run(_ options: ParsedOptions, in context: Context) throws(UsageError) -> Int32 {
        guard let appName = options.value("--app") else { throw UsageError(message: "name the app with '--app NAME'", command: spec) }
        guard let out = options.value("--out") else { throw UsageError(message: "name the output folder with '--out DIR'", command: spec) }
        guard options.positionals.count == 1 else { throw UsageError(message: "name one folder of templates to import", command: spec) }
        let inputs = try CheckInputs.load(
            paths: options.positionals, stacks: CheckInputs.stackOptions(options.all("--stack"), command: spec),
            parameters: CheckInputs.parameterOptions(options.all("--param"), command: spec),
            workingDirectory: context.workingDirectory, command: spec)
        guard inputs.diagnostics.isEmpty, !inputs.templates.isEmpty else {
            context.printDiagnostics(inputs.diagnostics)
            context.console.err("import failed: \(inputs.templates.isEmpty ? "no templates found" : "fix the templates above first")\n")
            return ExitCode.failure
        }
        let imported = TemplateImport.make(appName, templates: inputs.templates)
        // What the written app's `synth` writes when run in the imported folder into its default
        // output folder: local code paths are then taken from the app's working folder, not
        // each template's own, and the report shows where that changes one.
        let result = Pipeline.compile(
            imported.app, outputFolder: "stackgen.out/\(appName)",
            assets: AssetInputs(workingDirectory: CheckInputs.absolute(options.positionals[0], in: context.workingDirectory), fileSystem: nil))
        var synthesized = result.files
        if let folder = options.value("--synthesized") {
            let path = CheckInputs.absolute(folder, in: context.workingDirectory)
            synthesized = inputs.templates.compactMap { input in
                let name = "\(input.stackName).template.json"
                return POSIX.readFile("\(path)/\(name)").map { EmittedFile(path: name, contents: String(decoding: $0, as: UTF8.self)) }
            }
        }
        let differences = ImportReport.differences(imported: imported, inputs: inputs.templates, synthesized: synthesized)
        let report = ImportReport.render(
            appName, imported: imported, inputs: inputs.templates, diagnostics: result.diagnostics.sorted, differences: differences)
        let files = imported.files.map { EmittedFile(path: $0.path, contents: $0.contents) }
            + [EmittedFile(path: reportName, contents: report)]
        var written: Set<String> = []
        if let clash = files.first(where: { !written.insert($0.path).inserted }) {
            // Two stacks named alike (the same stack name, or names that differ only where a
            // Swift type name cannot) would be one file: say why, and write nothing.
            context.printDiagnostics(result.diagnostics.sorted.filter { $0.code == .duplicateStackName })
            context.console.err(
                "import failed: two stacks would both be written to '\(clash.path)'\n"
                    + "  hint: give the templates distinct stack names: 'stack_name' in the samconfig.toml beside each, or '--stack NAME=PATH'\n")
            return ExitCode.failure
        }
        let folder = CheckInputs.absolute(out, in: context.workingDirectory)
        for file in files {
            if let existing = POSIX.readFile("\(folder)/\(file.path)"), existing != Array(file.contents.utf8),
                !String(decoding: existing.prefix(64), as: UTF8.self).hasPrefix(SwiftStackWriter.header),
                !String(decoding: existing.prefix(64), as: UTF8.self).hasPrefix(ImportReport.title)
            {
                context.console.err("Error: '\(out)/\(file.path)' exists and was not written by 'stackgen import'; pick another '--out'\n")
                return ExitCode.failure
            }
        }
        do {
            _ = try OutputWriter(path: folder, displayName: out).write(files, prune: false)
        } catch {
            context.console.err("Error: \(error.message)\n  hint: \(error.hint)\n")
            return ExitCode.failure
        }
        let errors = result.diagnostics.sorted.filter { $0.severity == .error }
        context.printDiagnostics(errors)
        context.console.out(
            "imported \(inputs.templates.count) templates into '\(out)': \(imported.files.count) Swift files; "
                + "\(differences.count) difference\(differences.count == 1 ? "" : "s") after synthesis (see \(out)/\(reportName))\n")
        return errors.isEmpty ? ExitCode.success : ExitCode.failure
    }
}
