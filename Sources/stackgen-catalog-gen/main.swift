import Foundation

// stackgen-catalog-gen <cfn-lint data/schemas directory> <SAM policy_templates.json> <output directory>
//
// Reads the registry schemas cfn-lint bundles (providers/us-east-1.json and
// providers/sam.json map type names to resources/<hash>.json) and SAM's policy templates,
// and writes the typed catalog, one file per resource type, under the output directory.

let arguments = CommandLine.arguments
guard arguments.count == 4 else {
    FileHandle.standardError.write(
        Data("usage: stackgen-catalog-gen <schemas-dir> <policy_templates.json> <output-dir>\n".utf8))
    exit(64)
}
let schemas = URL(fileURLWithPath: arguments[1])
let policyTemplates = URL(fileURLWithPath: arguments[2])
var writer = OutputWriter(root: URL(fileURLWithPath: arguments[3]))

do {
    var byNamespace: [String: [ResourceModel]] = [:]
    for provider in ["us-east-1", "sam"] {
        let index = try JSONValue.load(schemas.appendingPathComponent("providers/\(provider).json"))
        for (typeName, hash) in (index.object ?? [:]).sorted(by: { $0.key < $1.key }) {
            let parts = typeName.components(separatedBy: "::")
            guard parts.count == 3, parts[0] == "AWS", let file = hash.string else { continue }
            guard provider == "sam" ? parts[1] == "Serverless" : Catalog.services.contains(parts[1]) else {
                continue
            }
            let schema = try JSONValue.load(schemas.appendingPathComponent("resources/\(file).json"))
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
    let removed = try writer.removeStale()
    print("\(writer.written.count) files, \(writer.changed) changed, \(removed) removed")
} catch {
    FileHandle.standardError.write(Data("error: \(error)\n".utf8))
    exit(1)
}
