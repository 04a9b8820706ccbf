/// Renders `Region`'s static members: one per region cfn-lint 1.58.0 ships schemas for
/// (`data/schemas/providers/<region>.json`).
enum RegionRenderer {
    static func render(_ regions: [String]) -> String {
        var writer = SwiftWriter()
        writer.block("extension Region") { scope in
            for region in regions.sorted() {
                scope.line("public static let \(Naming.member(region)) = Region(\(PropertyRenderer.quoted(region)))")
            }
            scope.doc(["Every known region, sorted by name."])
            scope.line("public static let known: [Region] = [")
            for region in regions.sorted() { scope.line("    .\(Naming.member(region)),") }
            scope.line("]")
        }
        return Header.text + "\n" + writer.text
    }
}
