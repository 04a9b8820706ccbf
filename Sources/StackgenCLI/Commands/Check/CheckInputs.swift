import StackgenAdopt
import StackgenCore
import StackgenEmit
import StackgenReader

/// Finds and reads the templates `check` and `import` work on: files given, templates under
/// folders given, their `samconfig.toml`, and the `--stack`/`--param` options. The only
/// place these commands touch the file system.
struct CheckInputs {
    static let defaultRegion = "us-east-1"

    var templates: [TemplateInput] = []
    /// Templates that could not be read, as diagnostics at their `file:line`.
    var diagnostics: [Diagnostic] = []

    struct StackOption {
        let name: String
        let path: String
        let region: String?
    }

    static func load(
        paths: [String], stacks: [StackOption], parameters: [String: [String: String]], workingDirectory: String,
        command: CommandSpec
    ) throws(UsageError) -> CheckInputs {
        var inputs = CheckInputs()
        var files: [String] = []
        for path in paths + stacks.map(\.path) {
            switch POSIX.kind(of: absolute(path, in: workingDirectory)) {
            case .missing: throw UsageError(message: "no such file or folder '\(path)'", command: command)
            case .folder: files += templateFiles(under: path, workingDirectory: workingDirectory)
            case .other: files.append(path)
            }
        }
        var seen: Set<String> = []
        let unique = files.filter { seen.insert(normalized($0)).inserted }
        // Reading is most of a check and each file is independent: all cores read at once;
        // everything after stays in file order.
        let read = ParallelMap.map(unique) { file -> (bytes: [UInt8]?, template: Result<TemplateNode, ReadError>?) in
            guard let bytes = POSIX.readFile(absolute(file, in: workingDirectory)) else { return (nil, nil) }
            return (bytes, Result { () throws(ReadError) in try TemplateReader.read(bytes, file: file) })
        }
        var found: [(file: String, template: TemplateNode, size: Int)] = []
        for (file, (contents, parsed)) in zip(unique, read) {
            let explicit = (paths + stacks.map(\.path)).contains { normalized($0) == normalized(file) }
            guard let bytes = contents, let parsed else {
                inputs.diagnostics.append(unreadable(file, line: 1, "cannot read the file"))
                continue
            }
            let template: TemplateNode
            switch parsed {
            case .success(let node):
                template = node
            case .failure(let error):
                if explicit || looksLikeTemplate(bytes) {
                    inputs.diagnostics.append(unreadable(file, line: error.line, "\(error.message) (column \(error.column))", hint: error.hint))
                }
                continue
            }
            guard template["Resources"] != nil || template["AWSTemplateFormatVersion"] != nil else {
                if explicit { inputs.diagnostics.append(unreadable(file, line: 1, "not a CloudFormation template: no 'Resources'")) }
                continue
            }
            found.append((file, template, bytes.count))
        }
        let templatesPerFolder = Dictionary(grouping: found.map { normalized(parent(of: $0.file)) }, by: { $0 }).mapValues(\.count)
        for (file, template, size) in found {
            let folder = parent(of: file)
            var config = SamConfig()
            let configPath = folder.isEmpty ? "samconfig.toml" : "\(folder)/samconfig.toml"
            if let text = POSIX.readFile(absolute(configPath, in: workingDirectory)) {
                do {
                    config = try SamConfig.parse(String(decoding: text, as: UTF8.self), file: configPath)
                } catch {
                    inputs.diagnostics.append(unreadable(configPath, line: error.line, error.message))
                }
            }
            let option = stacks.last { normalized($0.path) == normalized(file) || normalized($0.path) == normalized(folder) }
            let name = config.stackName ?? option?.name
                ?? defaultStackName(
                    of: file, sharingItsFolder: templatesPerFolder[normalized(folder), default: 1] > 1, workingDirectory: workingDirectory)
            let values = config.parameterOverrides.merging(parameters[name] ?? [:]) { _, given in given }
            let region = config.region ?? option?.region ?? defaultRegion
            if Region.named(region) == nil {
                let source = config.region != nil
                    ? SourceLocation(file: configPath, line: config.regionLine ?? 1) : SourceLocation(file: file, line: 1)
                inputs.diagnostics.append(.unknownRegion(region, from: config.region != nil ? "samconfig.toml" : "--stack", at: source, stack: name))
            }
            inputs.templates.append(
                TemplateInput(path: file, template: template, stackName: name, region: region, parameterValues: values, size: size))
        }
        return inputs
    }

    private static func unreadable(_ file: String, line: Int, _ message: String, hint: String? = nil) -> Diagnostic {
        Diagnostic(
            .unreadableTemplate, message: message, path: ModelPath([.app(file)]), location: SourceLocation(file: file, line: line),
            hint: hint ?? "fix the template; 'check' reads CloudFormation YAML and JSON")
    }

    /// Template files under a folder, in sorted order; hidden folders and build output skipped.
    private static func templateFiles(under folder: String, workingDirectory: String, depth: Int = 0) -> [String] {
        guard depth < 8 else { return [] }
        var result: [String] = []
        for name in POSIX.entries(of: absolute(folder, in: workingDirectory)) where !name.hasPrefix(".") {
            let path = folder == "." ? name : "\(folder)/\(name)"
            switch POSIX.kind(of: absolute(path, in: workingDirectory)) {
            case .folder:
                guard !["node_modules", "stackgen.out", "cdk.out"].contains(name) else { continue }
                result += templateFiles(under: path, workingDirectory: workingDirectory, depth: depth + 1)
            case .other where [".yaml", ".yml", ".json", ".template"].contains(where: name.hasSuffix):
                result.append(path)
            default: continue
            }
        }
        return result
    }

    /// Found by walking a folder, a file is only worth an error if it says it is a template.
    private static func looksLikeTemplate(_ bytes: [UInt8]) -> Bool {
        let text = String(decoding: bytes.prefix(65_536), as: UTF8.self)
        return text.contains("AWSTemplateFormatVersion") || text.contains("Resources:") || text.contains("\"Resources\"")
    }

    static func absolute(_ path: String, in workingDirectory: String) -> String {
        path.hasPrefix("/") ? path : "\(workingDirectory)/\(path)"
    }

    static func normalized(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/") where part != "." { parts.append(part) }
        return (path.hasPrefix("/") ? "/" : "") + parts.joined(separator: "/")
    }

    static func parent(of file: String) -> String {
        guard let slash = file.lastIndex(of: "/") else { return "" }
        return String(file[..<slash])
    }
}

extension Diagnostic {
    static func unknownRegion(_ region: String, from source: String, at location: SourceLocation, stack: String) -> Diagnostic {
        Diagnostic(
            .unknownRegion, message: "region '\(region)' (from \(source)) is not one stackgen knows",
            path: ModelPath([.stack(stack)]), location: location,
            hint: Region.suggestion(for: region).map { "did you mean '\($0)'? a misspelt region turns imports into cross-region parameters" }
                ?? "if AWS opened it after stackgen's schemas, ignore this; imports across regions are refused")
    }
}
