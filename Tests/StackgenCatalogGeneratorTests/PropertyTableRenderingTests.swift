import Testing

@testable import StackgenCatalogGenerator

/// Schema snippets in, property-table lines out: the labels and types `stackgen import`
/// writes must be the ones the catalog's initializers declare.
@Suite("Generator property table")
struct PropertyTableRenderingTests {
    static let widget = """
        {
          "typeName": "AWS::Demo::Widget",
          "definitions": {
            "Limits": {
              "type": "object",
              "properties": {"Max": {"type": "number"}, "Unit": {"type": "string", "enum": ["MB", "GiB per|sec"]}},
              "required": ["Max"]
            }
          },
          "properties": {
            "Name": {"type": "string"},
            "Size": {"type": "integer"},
            "Default": {"type": "boolean"},
            "Aliases": {"type": "array", "items": {"type": "string"}},
            "Limits": {"$ref": "#/definitions/Limits"},
            "Rules": {"type": "array", "items": {"$ref": "#/definitions/Limits"}},
            "Document": {"type": "object"},
            "Arn": {"type": "string"}
          },
          "required": ["Name"],
          "readOnlyProperties": ["/properties/Arn"]
        }
        """

    @Test func eachTypeIsOneLineWithTheInitializersLabelsTypesAndRequiredFlags() throws {
        let model = ResourceReader.read(typeName: "AWS::Demo::Widget", schema: try JSONValue.parse(Self.widget))
        let lines = PropertyTableRenderer.render([model], regions: []).split(separator: "\n").filter { $0.contains("AWS::Demo") }
        #expect(
            lines == [
                "R|AWS::Demo::Widget|Demo|Widget|Name=name=s! Aliases=aliases=[s] Default=`default`=b Document=document=j "
                    + "Limits=limits=@Limits Rules=rules=[@Limits] Size=size=i",
                "S|AWS::Demo::Widget.Limits|Max=max=n! Unit=unit=@Unit",
                "E|AWS::Demo::Widget.Unit|MB=mb GiB%20per%7Csec=giBPerSec",
            ])
    }

    @Test func regionsAreListedWithTheirRegionMember() {
        let lines = PropertyTableRenderer.render([], regions: ["us-east-1", "eu-west-1"]).split(separator: "\n").filter { $0.hasPrefix("G|") }
        #expect(lines == ["G|eu-west-1|euWest1", "G|us-east-1|usEast1"])
    }

    @Test func reservedBytesArePercentEscaped() {
        #expect(PropertyTableRenderer.escape("a|b c=d%") == "a%7Cb%20c%3Dd%25")
        #expect(PropertyTableRenderer.escape("µ") == "%C2%B5")
    }
}
