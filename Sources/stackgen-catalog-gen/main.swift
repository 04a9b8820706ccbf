import Foundation

// stackgen-catalog-gen <cfn-lint data/schemas directory> <SAM policy_templates.json>
//                      <cfn-lint GetAtt lists .json> <Sources directory>
//
// Reads the registry schemas cfn-lint bundles (providers/us-east-1.json and
// providers/sam.json map type names to resources/<hash>.json) and SAM's policy templates,
// and writes the typed catalog, one file per resource type, under Sources/StackgenResources,
// and the facts table of every type under Sources/StackgenFacts.

let arguments = CommandLine.arguments
guard arguments.count == 5 else {
    FileHandle.standardError.write(
        Data("usage: stackgen-catalog-gen <schemas-dir> <policy_templates.json> <getatts.json> <sources-dir>\n".utf8))
    exit(64)
}
let schemas = URL(fileURLWithPath: arguments[1])
let policyTemplates = URL(fileURLWithPath: arguments[2])
let getAttsFile = URL(fileURLWithPath: arguments[3])
let sources = URL(fileURLWithPath: arguments[4])
var writer = OutputWriter(root: sources.appendingPathComponent("StackgenResources"))
var factsWriter = OutputWriter(root: sources.appendingPathComponent("StackgenFacts"))

do {
    var byNamespace: [String: [ResourceModel]] = [:]
    let stateful = try JSONValue.load(
        schemas.deletingLastPathComponent().appendingPathComponent("AdditionalSpecs/StatefulResources.json"))
    let factsReader = FactsReader(
        getAtts: CfnLintGetAtts(json: try JSONValue.load(getAttsFile)),
        statefulTypes: Set((stateful["ResourceTypes"]?.object ?? [:]).keys))
    var facts: [TypeFacts] = []
    for provider in ["us-east-1", "sam"] {
        let index = try JSONValue.load(schemas.appendingPathComponent("providers/\(provider).json"))
        for (typeName, hash) in (index.object ?? [:]).sorted(by: { $0.key < $1.key }) {
            let parts = typeName.components(separatedBy: "::")
            guard parts.count == 3, let file = hash.string else { continue }
            guard provider == "us-east-1" || parts[1] == "Serverless" else { continue }
            let schema = try JSONValue.load(schemas.appendingPathComponent("resources/\(file).json"))
            facts.append(factsReader.read(typeName: typeName, schema: schema))
            guard parts[0] == "AWS", provider == "sam" || Catalog.services.contains(parts[1]) else { continue }
            let model = ResourceReader.read(typeName: typeName, schema: schema)
            byNamespace[model.namespace, default: []].append(model)
            try writer.write(
                "\(model.namespace)/\(model.namespace).\(model.swiftName)+Generated.swift",
                ResourceRenderer.render(model))
        }
    }
    for (namespace, models) in byNamespace.sorted(by: { $0.key < $1.key }) {
        try writer.write(
            "\(namespace)/\(namespace)+Generated.swift",
            GlobalsRenderer.namespace(namespace, typeCount: models.count))
        print("\(namespace): \(models.count) types")
    }
    try writer.write("Serverless/Serverless.Globals+Generated.swift", GlobalsRenderer.render(byNamespace["Serverless"] ?? []))
    try writer.write(
        "Serverless/Serverless.PolicyTemplates+Generated.swift",
        PolicyTemplatesRenderer.render(try JSONValue.load(policyTemplates)))
    try factsWriter.write(
        "ResourceFacts+Generated.swift",
        try FactsRenderer.render(facts, samPrimaryTypes: SAMPrimaryTypes.byType))
    print("facts: \(facts.count) types")
    let removed = try writer.removeStale() + factsWriter.removeStale()
    print("\(writer.written.count) files, \(writer.changed) changed, \(removed) removed")
} catch {
    FileHandle.standardError.write(Data("error: \(error)\n".utf8))
    exit(1)
}
