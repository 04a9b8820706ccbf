@testable import StackgenCatalogGenerator

/// The Swift the generator writes for one resource type's schema: the "schema in, Swift out"
/// step every rendering test starts from.
func renderSchema(_ schema: String, typeName: String) throws -> String {
    ResourceRenderer.render(ResourceReader.read(typeName: typeName, schema: try JSONValue.parse(schema)))
}
