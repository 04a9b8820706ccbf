import StackgenCore

/// `stackgen import`: hand-written templates as a Swift app. The templates become the same
/// model `check` reads (here keeping every declaration, conditions unevaluated), with each
/// `Fn::ImportValue` of another imported stack's export turned into a typed reference to
/// that stack's output; the model is then written as Swift, one file per stack.
public enum TemplateImport {
    public struct Result: Sendable {
        /// The model the written code declares: what the tests and the report synthesize.
        public let app: App
        /// Relative path → contents.
        public let files: [(path: String, contents: String)]
        /// One line per thing not carried over as written (parameters dropped, constructs left out).
        public let notes: [String]
        /// Parameters dropped per stack (they only spelled names of imports now typed).
        public let droppedParameters: [String: [String]]
        /// The catalog targets the written code imports (`StackgenSQS`), for the package manifest.
        public let modules: [String]
    }

    public static func make(_ appName: String, templates: [TemplateInput]) -> Result {
        var exports: [String: TemplateStack.ExportSite] = [:]
        for input in templates {
            var probe = TemplateStack(input)
            for entry in input.template["Outputs"]?.mapping ?? [] {
                guard let nameNode = entry.value["Export"]?["Name"], let name = probe.evaluator.string(nameNode) else { continue }
                exports[name] = TemplateStack.ExportSite(output: OutputAddress(stack: input.stackName, key: entry.key), region: input.region)
            }
            probe.diagnostics.removeAll()
        }
        var stacks: [(input: TemplateInput, stack: Stack)] = []
        var notes: [String] = []
        var dropped: [String: [String]] = [:]
        for input in templates {
            var converter = TemplateStack(input, exportsByName: exports)
            stacks.append((input, converter.makeStack()))
            notes += input.notes + converter.notImported
            notes += converter.diagnostics.map { "\($0.location.map { "\($0): " } ?? "")\($0.message)" }
            if !converter.droppedParameters.isEmpty {
                dropped[input.stackName] = converter.droppedParameters
                notes.append(
                    "\(input.path): parameters \(converter.droppedParameters.map { "'\($0)'" }.joined(separator: ", ")) dropped: "
                        + "they only spelled the names of imports that are now typed references")
            }
        }
        let ordered = producersFirst(stacks.map(\.stack))
        let typeNames = Self.typeNames(ordered.map(\.name), appName: appName)
        var files: [(String, String)] = []
        var modules: Set<String> = []
        var app = App(appName, region: .custom(mostCommonRegion(templates.map(\.region))), file: "\(typeNames.app).swift", line: 1)
        for stack in ordered {
            let source = stacks.first { $0.stack.name == stack.name }?.input.path ?? stack.name
            let producers = Self.producers(of: stack).compactMap { name in typeNames.stacks[name].map { (name, $0) } }
            let writer = SwiftStackWriter(stack: stack, typeName: typeNames.stacks[stack.name] ?? "Stack", sourcePath: source, producers: producers)
            let rendered = writer.render()
            files.append(("\(writer.typeName).swift", rendered.text))
            modules.formUnion(rendered.modules)
            notes += rendered.notes
            app.add(stack)
        }
        let externals = Set(ordered.flatMap(importedNames)).sorted()
        for name in externals { _ = app.externalExport(name, file: "\(typeNames.app).swift", line: 1) }
        files.insert(("\(typeNames.app).swift", appFile(appName, typeNames: typeNames, ordered: ordered, externals: externals)), at: 0)
        return Result(app: app, files: files, notes: notes, droppedParameters: dropped, modules: modules.sorted())
    }

    /// Stacks whose outputs this one uses.
    static func producers(of stack: Stack) -> [String] {
        var names: Set<String> = []
        forEachValue(in: stack) { node in
            if case .output(let address) = node, address.stack != stack.name { names.insert(address.stack) }
        }
        return names.sorted()
    }

    private static func importedNames(_ stack: Stack) -> [String] {
        var names: [String] = []
        forEachValue(in: stack) { node in if case .importValue(let name) = node { names.append(name) } }
        return names
    }

    private static func forEachValue(in stack: Stack, _ visit: (Expr) -> Void) {
        for value in stack.expressions { value.forEachNode(visit) }
    }

    /// Producers before consumers, otherwise in input order; a cycle keeps input order.
    private static func producersFirst(_ stacks: [Stack]) -> [Stack] {
        var done: Set<String> = []
        var result: [Stack] = []
        var remaining = stacks
        while !remaining.isEmpty {
            guard let index = remaining.firstIndex(where: { producers(of: $0).allSatisfy(done.contains) }) else {
                return result + remaining
            }
            let stack = remaining.remove(at: index)
            done.insert(stack.name)
            result.append(stack)
        }
        return result
    }

    /// Type names without the prefix all stack names share (`ai-bartender-`).
    private static func typeNames(_ names: [String], appName: String) -> (app: String, stacks: [String: String]) {
        let words = names.map { $0.split { !($0.isLetter || $0.isNumber) }.map(String.init) }
        var shared = 0
        if names.count > 1, let first = words.first {
            while shared < first.count - 1, words.allSatisfy({ $0.count > shared + 1 && $0[shared] == first[shared] }) { shared += 1 }
        }
        var result: [String: String] = [:]
        for (name, parts) in zip(names, words) {
            var type = SwiftLiteral.typeName(parts.dropFirst(shared).joined(separator: "-")) + "Stack"
            while result.values.contains(type) { type += "Copy" }
            result[name] = type
        }
        return (SwiftLiteral.typeName(appName) + "App", result)
    }

    private static func mostCommonRegion(_ regions: [String]) -> String {
        var counts: [String: Int] = [:]
        for region in regions { counts[region, default: 0] += 1 }
        return counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.first?.key ?? "us-east-1"
    }

    private static func appFile(_ name: String, typeNames: (app: String, stacks: [String: String]), ordered: [Stack], externals: [String]) -> String {
        var lines = [
            "\(SwiftStackWriter.header); edit freely.", "import StackgenCore", "",
            "/// The `\(name)` app: its stacks in an order where every producer comes before its consumers.",
            "public enum \(typeNames.app) {", "    public static var app: App {",
            "        var app = App(\(SwiftLiteral.string(name)), region: \(SwiftLiteral.region(mostCommonRegion(ordered.map { $0.region ?? "" }))))",
        ]
        for external in externals { lines.append("        _ = app.externalExport(\(SwiftLiteral.string(external)))") }
        for stack in ordered {
            guard let type = typeNames.stacks[stack.name] else { continue }
            let arguments = producers(of: stack).compactMap { producer in
                typeNames.stacks[producer].map { "\(SwiftLiteral.memberName($0)): \(SwiftLiteral.memberName($0)).outputs" }
            }
            lines.append("        let \(SwiftLiteral.memberName(type)) = \(type).make(\(arguments.joined(separator: ", ")))")
            lines.append("        app.add(\(SwiftLiteral.memberName(type)).stack)")
        }
        lines += ["        return app", "    }", "}"]
        return lines.joined(separator: "\n") + "\n"
    }
}
