import Foundation

/// Reads the registry schemas cfn-lint bundles (providers/us-east-1.json and
/// providers/sam.json map type names to resources/<hash>.json) and SAM's policy templates,
/// and writes one target per CloudFormation namespace under `Sources/Catalog/<Service>`,
/// the facts table under `Sources/StackgenFacts`, and the list of services in Package.swift.
public struct CatalogGenerator {
    public let schemas: URL
    public let policyTemplates: URL
    /// cfn-lint's GetAtt lists, as `generate-catalog.sh` copies them out.
    public let getAtts: URL
    /// The package root.
    public let root: URL

    public init(schemas: URL, policyTemplates: URL, getAtts: URL, root: URL) {
        self.schemas = schemas
        self.policyTemplates = policyTemplates
        self.getAtts = getAtts
        self.root = root
    }

    /// Writes everything; returns one line per service and a summary line.
    public func run() throws -> [String] {
        let sources = root.appendingPathComponent("Sources")
        var writer = OutputWriter(root: sources.appendingPathComponent("Catalog"))
        var factsWriter = OutputWriter(root: sources.appendingPathComponent("StackgenFacts"))
        var report: [String] = []

        let stateful = try JSONValue.load(
            schemas.deletingLastPathComponent().appendingPathComponent("AdditionalSpecs/StatefulResources.json"))
        let factsReader = FactsReader(
            getAtts: CfnLintGetAtts(json: try JSONValue.load(getAtts)),
            statefulTypes: Set((stateful["ResourceTypes"]?.object ?? [:]).keys))
        var facts: [TypeFacts] = []
        var byNamespace: [String: [ResourceModel]] = [:]
        for provider in ["us-east-1", "sam"] {
            let index = try JSONValue.load(schemas.appendingPathComponent("providers/\(provider).json"))
            for (typeName, hash) in (index.object ?? [:]).sorted(by: { $0.key < $1.key }) {
                let parts = typeName.components(separatedBy: "::")
                guard parts.count == 3, let file = hash.string else { continue }
                guard provider == "us-east-1" || parts[1] == "Serverless" else { continue }
                let schema = try JSONValue.load(schemas.appendingPathComponent("resources/\(file).json"))
                facts.append(factsReader.read(typeName: typeName, schema: schema))
                // Alexa::ASK::Skill has facts but no Swift type: the catalog is AWS's.
                guard parts[0] == "AWS" else { continue }
                let model = ResourceReader.read(typeName: typeName, schema: schema)
                byNamespace[model.namespace, default: []].append(model)
            }
        }
        var nestedCount = 0
        var sharedCount = 0
        for (namespace, models) in byNamespace.sorted(by: { $0.key < $1.key }) {
            let sharing = NestedTypeSharing(models)
            for (path, text) in ServiceRenderer.render(namespace: namespace, models: models, sharing: sharing) {
                try writer.write("\(namespace)/\(path)", text)
            }
            nestedCount += models.reduce(0) { $0 + $1.nestedTypes.count }
            sharedCount += sharing.shared.count
            report.append("\(namespace): \(models.count) types, \(sharing.shared.count) shared nested types")
        }
        try writer.write(
            "Serverless/Serverless.Globals+Generated.swift", GlobalsRenderer.render(byNamespace["Serverless"] ?? []))
        try writer.write(
            "Serverless/Serverless.PolicyTemplates+Generated.swift",
            PolicyTemplatesRenderer.render(try JSONValue.load(policyTemplates)))
        try factsWriter.write(
            "ResourceFacts+Generated.swift", try FactsRenderer.render(facts, samPrimaryTypes: SAMPrimaryTypes.byType))

        let regions = try FileManager.default.contentsOfDirectory(atPath: schemas.appendingPathComponent("providers").path)
            .filter { $0.hasSuffix(".json") && $0 != "sam.json" }.map { String($0.dropLast(5)) }
        var coreWriter = OutputWriter(root: sources.appendingPathComponent("StackgenCore/Model"))
        try coreWriter.write("Region+Generated.swift", RegionRenderer.render(regions))
        // What `stackgen import` needs to write typed initializers, in a target only the CLI links.
        var tableWriter = OutputWriter(root: sources.appendingPathComponent("StackgenPropertyTable"))
        try tableWriter.write("PropertyTable+Generated.swift", PropertyTableRenderer.render(byNamespace.values.flatMap { $0 }, regions: regions))

        let services = byNamespace.keys.sorted()
        let manifest = root.appendingPathComponent("Package.swift")
        let updated = try PackageManifest.replacingServiceList(in: String(contentsOf: manifest, encoding: .utf8), with: services)
        if updated != (try String(contentsOf: manifest, encoding: .utf8)) {
            try Data(updated.utf8).write(to: manifest, options: .atomic)
        }
        let readme = root.appendingPathComponent("README.md")
        if let text = try? String(contentsOf: readme, encoding: .utf8) {
            let replaced = ServiceListRenderer.replacingList(in: text, byNamespace: byNamespace)
            if replaced != text { try Data(replaced.utf8).write(to: readme, options: .atomic) }
        }

        let removed = try writer.removeStale() + factsWriter.removeStale()
        report.append("facts: \(facts.count) types")
        report.append(
            "\(services.count) services, \(byNamespace.values.reduce(0) { $0 + $1.count }) types, "
                + "\(nestedCount) nested types declared by resource types, \(sharedCount) declared once per service")
        report.append(
            "\(writer.written.count + factsWriter.written.count + 1) files, "
                + "\(writer.changed + factsWriter.changed + coreWriter.changed) changed, \(removed) removed")
        return report
    }
}
