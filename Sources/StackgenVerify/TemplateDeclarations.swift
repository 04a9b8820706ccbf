import StackgenJSON

/// What one template declares, read from its own JSON: the names its references may use.
struct TemplateDeclarations: Sendable {
    /// Logical id → resource type, in file order.
    private(set) var resources: [String: String] = [:]
    /// Parameter name → whether it has a `Default`.
    private(set) var parameters: [String: Bool] = [:]
    /// Parameter names in file order, so findings come out in the order a reader scans.
    private(set) var parameterOrder: [String] = []
    private(set) var conditions: Set<String> = []
    /// Map name → top-level key → second-level keys.
    private(set) var mappings: [String: [String: Set<String>]] = [:]
    /// Resources the SAM transform adds (name → type), legal targets although undeclared.
    private(set) var generated: [String: String] = [:]

    init(_ template: JSONNode) {
        for member in template["Resources"]?.members ?? [] {
            resources[member.key] = member.value["Type"]?.string ?? ""
        }
        for member in template["Parameters"]?.members ?? [] {
            parameters[member.key] = member.value["Default"] != nil
            parameterOrder.append(member.key)
        }
        conditions = Set((template["Conditions"]?.members ?? []).map(\.key))
        for map in template["Mappings"]?.members ?? [] {
            var keys: [String: Set<String>] = [:]
            for top in map.value.members ?? [] { keys[top.key] = Set((top.value.members ?? []).map(\.key)) }
            mappings[map.key] = keys
        }
        if Self.usesSAM(template) {
            let declared = template["Resources"]?.members ?? []
            let names = declared.flatMap { SAMGeneratedResources.names(for: $0.key, declaration: $0.value) }
            for (name, type) in names + SAMGeneratedResources.implicitAPIs(in: declared) { generated[name] = type }
        }
    }

    /// The type of a declared or SAM-generated resource, nil when neither exists.
    func resourceType(_ name: String) -> String? {
        resources[name] ?? generated[name]
    }

    /// `Ref` targets: parameters, resources, SAM-generated resources, pseudo parameters.
    func isReferenceable(_ name: String) -> Bool {
        parameters[name] != nil || resourceType(name) != nil || Self.pseudoParameters.contains(name)
    }

    /// The pseudo parameters CloudFormation defines in every template.
    static let pseudoParameters: Set<String> = [
        "AWS::AccountId", "AWS::NotificationARNs", "AWS::NoValue", "AWS::Partition", "AWS::Region",
        "AWS::StackId", "AWS::StackName", "AWS::URLSuffix",
    ]

    private static func usesSAM(_ template: JSONNode) -> Bool {
        let transforms = template["Transform"].map { $0.array ?? [$0] } ?? []
        return transforms.contains { $0.string == "AWS::Serverless-2016-10-31" }
    }
}
