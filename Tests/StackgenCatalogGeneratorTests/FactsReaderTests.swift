import Testing

@testable import StackgenCatalogGenerator

@Suite("Generator facts")
struct FactsReaderTests {
    @Test func readOnlyPointersBecomeDottedAttributesAndListPathsAreLeftOut() throws {
        let schema = try JSONValue.parse(
            """
            {
              "typeName": "AWS::Demo::Cluster",
              "properties": {"Name": {"type": "string"}},
              "readOnlyProperties": ["/properties/Arn", "/properties/Endpoint/Address", "/properties/Nodes/*/Id"],
              "createOnlyProperties": ["/properties/Name", "/properties/Config/Engine"],
              "deprecatedProperties": ["/properties/OldName"]
            }
            """)
        let reader = FactsReader(getAtts: CfnLintGetAtts(), statefulTypes: ["AWS::Demo::Cluster"])
        let facts = reader.read(typeName: "AWS::Demo::Cluster", schema: schema)
        #expect(facts.attributes == ["Arn", "Endpoint.Address"])
        #expect(facts.createOnlyProperties == ["Config/Engine", "Name"])
        #expect(facts.deprecatedProperties == ["OldName"])
        #expect(facts.isStateful)
        #expect(!facts.needsIAM)
        let line = try FactsRenderer.render([facts], samPrimaryTypes: [:])
        #expect(line.contains("\nAWS::Demo::Cluster|Arn Endpoint.Address|Config/Engine Name|OldName|s\n"))
    }

    @Test func cfnLintsAllPropertyTypesWalkScalarsLikeCfnLint() throws {
        let schema = try JSONValue.parse(
            """
            {
              "typeName": "AWS::Demo::Topic",
              "definitions": {"Sub": {"type": "object", "properties": {"Endpoint": {"type": "string"}}}},
              "properties": {
                "TopicName": {"type": "string"},
                "Config": {"type": "object", "properties": {"Level": {"type": "integer"}}},
                "Subs": {"type": "array", "items": {"type": "object"}},
                "Names": {"type": "array", "items": {"type": "string"}},
                "Primary": {"$ref": "#/definitions/Sub"}
              },
              "readOnlyProperties": ["/properties/TopicArn"]
            }
            """)
        var lists = CfnLintGetAtts()
        lists.allPropertyTypes = ["AWS::Demo::Topic"]
        let facts = FactsReader(getAtts: lists, statefulTypes: []).read(typeName: "AWS::Demo::Topic", schema: schema)
        #expect(facts.attributes == ["Config.Level", "Names", "Primary.Endpoint", "TopicName"])
    }

    @Test func namedIAMNeedsTheCreateOnlyTypeNameProperty() throws {
        let role = try JSONValue.parse(
            #"{"properties": {"RoleName": {"type": "string"}}, "createOnlyProperties": ["/properties/RoleName"]}"#)
        let policy = try JSONValue.parse(#"{"properties": {"PolicyName": {"type": "string"}}}"#)
        let reader = FactsReader(getAtts: CfnLintGetAtts(), statefulTypes: [])
        #expect(reader.read(typeName: "AWS::IAM::Role", schema: role).namedIAMProperty == "RoleName")
        #expect(reader.read(typeName: "AWS::IAM::Policy", schema: policy).namedIAMProperty == nil)
        #expect(reader.read(typeName: "AWS::IAM::Policy", schema: policy).needsIAM)
    }

    @Test func aReservedCharacterInANameIsAnError() {
        let facts = TypeFacts(
            typeName: "AWS::Demo::Odd", attributes: ["A|B"], attributePrefixes: [], createOnlyProperties: [],
            deprecatedProperties: [], needsIAM: false, namedIAMProperty: nil, isStateful: false)
        #expect(throws: FactsError.self) { try FactsRenderer.render([facts], samPrimaryTypes: [:]) }
    }
}
