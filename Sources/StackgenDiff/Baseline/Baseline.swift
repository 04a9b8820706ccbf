import StackgenEmit

/// One version of an app as CloudFormation sees it: its plan and every stack's template,
/// read back from an output folder (or the deployed stacks). Both sides of a diff are
/// baselines, so an app synthesized from Swift and a plan made by `check` compare alike.
public struct Baseline: Sendable {
    /// Where it was read from, for messages: a folder, or `deployed`.
    public let source: String
    public let plan: Plan
    /// The stacks, in plan order.
    public let stacks: [StackSnapshot]
    /// Importers that are not stacks of this baseline (found by `list-imports` on the
    /// deployed account), by export; stackgen cannot move them, only name them.
    public let outsideImporters: [ExportKey: [String]]

    public init(source: String, plan: Plan, stacks: [StackSnapshot], outsideImporters: [ExportKey: [String]] = [:]) {
        self.source = source
        self.plan = plan
        self.stacks = stacks
        self.outsideImporters = outsideImporters
    }

    public func stack(named name: String) -> StackSnapshot? {
        stacks.first { $0.name == name }
    }

    /// Every export, with the stack that makes it.
    public var exports: [ExportKey: (stack: StackSnapshot, output: OutputSnapshot)] {
        var exports: [ExportKey: (stack: StackSnapshot, output: OutputSnapshot)] = [:]
        for stack in stacks {
            for output in stack.outputs {
                guard let name = output.exportName else { continue }
                exports[ExportKey(name: name, region: stack.region)] = (stack, output)
            }
        }
        return exports
    }

    /// The stacks of this baseline that import `export`, sorted.
    public func importers(of export: ExportKey) -> [String] {
        stacks.filter { $0.region == export.region && $0.imports.contains(export.name) }.map(\.name).sorted()
    }
}

/// Export names are unique per account and region.
public struct ExportKey: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let name: String
    public let region: String

    public init(name: String, region: String) {
        self.name = name
        self.region = region
    }

    public static func < (a: ExportKey, b: ExportKey) -> Bool { (a.name, a.region) < (b.name, b.region) }
    public var description: String { name }
}

/// A stack's template, taken apart into what a diff and a rollout need.
public struct StackSnapshot: Sendable {
    public let name: String
    public let region: String
    public let account: String?
    public let template: TemplateValue
    public let resources: [ResourceSnapshot]
    public let outputs: [OutputSnapshot]
    /// Export names this stack imports, sorted, without repeats.
    public let imports: [String]

    public init(name: String, region: String, account: String?, template: TemplateValue, outputValues: [String: String] = [:]) {
        self.name = name
        self.region = region
        self.account = account
        self.template = template
        self.resources = (template["Resources"]?.fields ?? []).map { field in
            ResourceSnapshot(
                logicalID: field.key, type: field.value["Type"]?.string ?? "", properties: field.value["Properties"] ?? .object([]),
                definition: field.value)
        }
        self.outputs = (template["Outputs"]?.fields ?? []).map { field in
            OutputSnapshot(
                key: field.key, value: field.value["Value"] ?? .null,
                exportName: field.value["Export"]?["Name"]?.staticString(stack: name, region: region),
                deployedValue: outputValues[field.key], definition: field.value)
        }
        self.imports = Array(Set(template.importedExportNames(stack: name, region: region).compactMap { $0 })).sorted()
    }

    public func resource(_ logicalID: String) -> ResourceSnapshot? {
        resources.first { $0.logicalID == logicalID }
    }
}

public struct ResourceSnapshot: Sendable {
    public let logicalID: String
    public let type: String
    public let properties: TemplateValue
    /// The whole entry under `Resources`, for DeletionPolicy and friends.
    public let definition: TemplateValue

    public var deletionPolicy: String? { definition["DeletionPolicy"]?.string }
    public var updateReplacePolicy: String? { definition["UpdateReplacePolicy"]?.string }
}

public struct OutputSnapshot: Sendable {
    public let key: String
    /// The value as the template writes it (`{"Ref": "Table"}`).
    public let value: TemplateValue
    public let exportName: String?
    /// The value CloudFormation resolved it to, when read from a deployed stack.
    public let deployedValue: String?
    public let definition: TemplateValue
}
