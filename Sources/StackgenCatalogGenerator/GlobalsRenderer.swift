/// Renders `Serverless.Globals.<Type>`: one struct per SAM `Globals` section, taking the
/// properties SAM accepts there, all optional, typed like the resource type's own.
enum GlobalsRenderer {
    static func render(_ models: [ResourceModel]) -> String {
        var writer = SwiftWriter()
        writer.line("@_spi(Catalog) import StackgenCatalogSupport")
        writer.line("@_spi(Catalog) import StackgenCore")
        writer.line()
        writer.block("extension Serverless") { scope in
            scope.doc([
                "Typed sections of a SAM template's `Globals`; set them with `Stack.setGlobals(_:)`.", "",
                "Documentation: <https://docs.aws.amazon.com/serverless-application-model/latest/"
                    + "developerguide/sam-specification-template-anatomy-globals.html>",
            ])
            scope.line("public enum Globals {}")
        }
        for model in models.sorted(by: { $0.swiftName < $1.swiftName }) {
            guard let allowed = Catalog.globals[model.swiftName] else { continue }
            let properties = model.properties.filter { allowed.contains($0.cfnName) }
            writer.line()
            writer.block("extension Serverless.Globals") { scope in
                scope.doc(["The `\(model.swiftName)` section of `Globals` (applies to `\(model.typeName)`)."])
                scope.block("public struct \(model.swiftName): GlobalsSection") { body in
                    body.line("public static var section: String { \(PropertyRenderer.quoted(model.swiftName)) }")
                    body.line("public let expression: Expr")
                    body.line("public init(unchecked expression: Expr) { self.expression = expression }")
                    body.line()
                    PropertyRenderer.initializer(
                        properties, into: &body, assign: "expression", asMap: true,
                        qualifier: "Serverless.\(model.swiftName)", allOptional: true)
                }
            }
        }
        return Header.text + writer.text
    }

    static func namespace(_ name: String, typeCount: Int) -> String {
        var writer = SwiftWriter()
        writer.doc(["The `AWS::\(name)::*` resource types (\(typeCount) generated)."])
        writer.line("public enum \(name) {}")
        return Header.text + "\n" + writer.text
    }
}
