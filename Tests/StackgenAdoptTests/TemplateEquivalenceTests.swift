import StackgenAdopt
import StackgenReader
import Testing

/// The import report lists what synthesis changes in meaning, not in spelling: each pair here
/// deploys the same, so it is no difference; a changed value still is.
@Suite struct TemplateEquivalenceTests {
    func differences(_ original: String, _ synthesized: String) throws -> [String] {
        let input = TemplateInput(
            path: "t.yaml", template: try TemplateReader.read(original, file: "t.yaml"), stackName: "s", region: "us-east-1",
            parameterValues: [:])
        return TemplateEquivalence.differences(input: input, synthesized: try TemplateReader.read(synthesized, file: "s.json"))
    }

    @Test func spellingsCloudFormationReadsAlikeAreNoDifference() throws {
        let original = """
            Parameters:
              Password: {Type: String, NoEcho: "true", MinLength: "8"}
            Mappings: {}
            Conditions:
            Resources:
              Rule: {Type: AWS::Events::Rule, Properties: {Name: !Ref FnEvent, Description: !Sub "${AWS::Region}", RoleArn: !GetAtt Role.Arn}}
              Topic: {Type: AWS::SNS::Topic, Properties: {}}
            """
        let synthesized = """
            {"Parameters": {"Password": {"Type": "String", "NoEcho": true, "MinLength": 8}},
             "Resources": {"Rule": {"Type": "AWS::Events::Rule",
               "Properties": {"Name": {"Fn::Sub": "${FnEvent}"}, "Description": {"Ref": "AWS::Region"}, "RoleArn": {"Fn::Sub": "${Role.Arn}"}}},
               "Topic": {"Type": "AWS::SNS::Topic"}}}
            """
        #expect(try differences(original, synthesized) == [])
    }

    @Test func aChangedValueIsStillADifference() throws {
        #expect(
            try differences(
                "Resources:\n  Rule: {Type: AWS::Events::Rule, Properties: {Name: !Ref FnEvent}}\n",
                #"{"Resources": {"Rule": {"Type": "AWS::Events::Rule", "Properties": {"Name": {"Fn::Sub": "${FnEvent}-x"}}}}}"#)
                == [
                    "t.yaml:2: Resources.Rule.Properties.Name.Ref: not in the synthesized template",
                    #"t.yaml:2: Resources.Rule.Properties.Name.Fn::Sub: added by synthesis: "${FnEvent}-x""#,
                ])
    }
}
