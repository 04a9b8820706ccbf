import Testing

@testable import StackgenCatalogGenerator

/// A map whose values cfn-lint widens to every JSON type is a map of strings, as the
/// service reads it; a map of one other type or a true union keeps its type.
@Suite("Generator: string maps")
struct StringMapTests {
    private func render(_ schema: String) throws -> String { try renderSchema(schema, typeName: "AWS::Demo::Function") }

    @Test func aMapWidenedToEveryTypeTakesStrings() throws {
        // Lambda's shape in cfn-lint 1.58.0.
        let swift = try render(
            """
            {
              "properties": {
                "Variables": {
                  "type": "object", "additionalProperties": false,
                  "patternProperties": {"[a-zA-Z][a-zA-Z0-9_]+": {"type": ["string", "number", "integer", "object", "array", "boolean"]}}
                },
                "Flags": {"type": "object", "patternProperties": {".*": {"type": ["boolean", "string"]}}},
                "Sizes": {"type": "object", "patternProperties": {".*": {"type": "integer"}}}
              }
            }
            """)
        #expect(swift.contains("variables: Value<[String: String]>? = nil"))
        #expect(swift.contains("flags: Expr? = nil"))
        #expect(swift.contains("sizes: Value<[String: Int]>? = nil"))
    }
}
