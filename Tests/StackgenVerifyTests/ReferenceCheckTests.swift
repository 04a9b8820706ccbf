import Testing

/// Each case breaks one name of a valid template and expects exactly one finding, naming
/// the file, the JSON path and the name.
@Suite struct ReferenceCheckTests {
    /// Uses every construct the reference check reads, each naming something declared.
    static let valid = #"""
        {
          "AWSTemplateFormatVersion": "2010-09-09",
          "Transform": "AWS::Serverless-2016-10-31",
          "Parameters": {"Stage": {"Type": "String", "Default": "dev"}},
          "Mappings": {"Sizes": {"dev": {"Memory": "128"}}},
          "Conditions": {
            "IsProd": {"Fn::Equals": [{"Ref": "Stage"}, "prod"]},
            "IsBig": {"Fn::And": [{"Condition": "IsProd"}, {"Fn::Not": [{"Condition": "IsProd"}]}]}
          },
          "Globals": {"Function": {"Environment": {"Variables": {"TABLE": {"Ref": "Table"}}}}},
          "Resources": {
            "Table": {"Type": "AWS::DynamoDB::Table", "Condition": "IsProd", "Properties": {"TableName": {"Fn::Sub": "${AWS::StackName}-t"}}},
            "Api": {"Type": "AWS::Serverless::Api", "Properties": {"StageName": "v1"}},
            "Fn": {
              "Type": "AWS::Serverless::Function",
              "DependsOn": ["Table", "Apiv1Stage"],
              "Properties": {
                "MemorySize": {"Fn::FindInMap": ["Sizes", "dev", "Memory"]},
                "Description": {"Fn::Sub": ["${Table.Arn} ${AWS::Region} ${!Literal} ${Extra}", {"Extra": {"Ref": "Stage"}}]},
                "Timeout": {"Fn::If": ["IsProd", 30, {"Ref": "AWS::NoValue"}]},
                "Policies": [{"Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": {"Fn::GetAtt": ["Table", "Arn"]},
                  "Condition": {"Bool": {"aws:SecureTransport": "true"}}}]}]
              }
            },
            "Alarm": {"Type": "AWS::SNS::Topic", "DependsOn": "Fn", "Properties": {"DisplayName": {"Fn::GetAtt": ["FnRole", "Arn"]}}}
          },
          "Outputs": {
            "TableArn": {"Condition": "IsBig", "Value": {"Fn::GetAtt": "Table.Arn"}},
            "Memory": {"Value": {"Fn::FindInMap": ["Sizes", "prod", "Memory", {"DefaultValue": "256"}]}}
          }
        }
        """#

    @Test func validTemplatePasses() {
        #expect(Fixture.findings(inTemplate: Self.valid) == [])
    }

    struct Case: CustomTestStringConvertible, Sendable {
        let check: String
        let replace: String
        let with: String
        let finding: String
        var testDescription: String { check }
    }

    static let cases: [Case] = [
        Case(
            check: "Ref in Globals (issue 9's bug)", replace: #""TABLE": {"Ref": "Table"}"#, with: #""TABLE": {"Ref": "UsersTableName"}"#,
            finding: "app-api.template.json at Globals/Function/Environment/Variables/TABLE/Ref: "
                + "Ref 'UsersTableName' names no parameter, resource or pseudo parameter of the template"),
        Case(
            check: "Ref in Conditions", replace: #"{"Ref": "Stage"}, "prod""#, with: #"{"Ref": "Stag"}, "prod""#,
            finding: "app-api.template.json at Conditions/IsProd/Fn::Equals/0/Ref: "
                + "Ref 'Stag' names no parameter, resource or pseudo parameter of the template"),
        Case(
            check: "Fn::GetAtt, list form", replace: #""Resource": {"Fn::GetAtt": ["Table", "Arn"]}"#,
            with: #""Resource": {"Fn::GetAtt": ["Tables", "Arn"]}"#,
            finding: "app-api.template.json at Resources/Fn/Properties/Policies/0/Statement/0/Resource/Fn::GetAtt: "
                + "Fn::GetAtt 'Tables.Arn' names no resource of the template"),
        Case(
            check: "Fn::GetAtt, dotted form", replace: #""Fn::GetAtt": "Table.Arn""#, with: #""Fn::GetAtt": "Stage.Arn""#,
            finding: "app-api.template.json at Outputs/TableArn/Value/Fn::GetAtt: Fn::GetAtt 'Stage.Arn' names no resource of the template"),
        Case(
            check: "Fn::GetAtt of a SAM name that is not generated", replace: #"["FnRole", "Arn"]"#, with: #"["ApiRole", "Arn"]"#,
            finding: "app-api.template.json at Resources/Alarm/Properties/DisplayName/Fn::GetAtt: "
                + "Fn::GetAtt 'ApiRole.Arn' names no resource of the template"),
        Case(
            check: "Fn::Sub variable", replace: "${AWS::StackName}-t", with: "${StackName}-t",
            finding: "app-api.template.json at Resources/Table/Properties/TableName/Fn::Sub: "
                + "Fn::Sub variable '${StackName}' names no parameter, resource, pseudo parameter or variable of the template"),
        Case(
            check: "Fn::Sub variable in GetAtt form", replace: "${Table.Arn} ", with: "${Tabel.Arn} ",
            finding: "app-api.template.json at Resources/Fn/Properties/Description/Fn::Sub: "
                + "Fn::Sub variable '${Tabel.Arn}' names no resource of the template"),
        Case(
            check: "Fn::Sub variable map value", replace: #"{"Extra": {"Ref": "Stage"}}"#, with: #"{"Extra": {"Ref": "Stages"}}"#,
            finding: "app-api.template.json at Resources/Fn/Properties/Description/Fn::Sub/1/Extra/Ref: "
                + "Ref 'Stages' names no parameter, resource or pseudo parameter of the template"),
        Case(
            check: "Fn::Sub escape is not a variable, but without the escape it is", replace: "${!Literal}", with: "${Literal}",
            finding: "app-api.template.json at Resources/Fn/Properties/Description/Fn::Sub: "
                + "Fn::Sub variable '${Literal}' names no parameter, resource, pseudo parameter or variable of the template"),
        Case(
            check: "DependsOn list", replace: #"["Table", "Apiv1Stage"]"#, with: #"["Table", "Apiv2Stage"]"#,
            finding: "app-api.template.json at Resources/Fn/DependsOn/1: DependsOn 'Apiv2Stage' names no resource of the template"),
        Case(
            check: "DependsOn single name", replace: #""DependsOn": "Fn""#, with: #""DependsOn": "Function""#,
            finding: "app-api.template.json at Resources/Alarm/DependsOn: DependsOn 'Function' names no resource of the template"),
        Case(
            check: "resource Condition", replace: #""Condition": "IsProd", "Properties""#, with: #""Condition": "IsDev", "Properties""#,
            finding: "app-api.template.json at Resources/Table/Condition: condition 'IsDev' is not declared in Conditions"),
        Case(
            check: "output Condition", replace: #""Condition": "IsBig""#, with: #""Condition": "IsHuge""#,
            finding: "app-api.template.json at Outputs/TableArn/Condition: condition 'IsHuge' is not declared in Conditions"),
        Case(
            check: "Condition inside a condition", replace: #"{"Fn::Not": [{"Condition": "IsProd"}]}"#,
            with: #"{"Fn::Not": [{"Condition": "IsPrd"}]}"#,
            finding: "app-api.template.json at Conditions/IsBig/Fn::And/1/Fn::Not/0/Condition: condition 'IsPrd' is not declared in Conditions"),
        Case(
            check: "Fn::If", replace: #"["IsProd", 30"#, with: #"["IsLive", 30"#,
            finding: "app-api.template.json at Resources/Fn/Properties/Timeout/Fn::If: Fn::If condition 'IsLive' is not declared in Conditions"),
        Case(
            check: "Fn::FindInMap map", replace: #"["Sizes", "dev", "Memory"]"#, with: #"["Size", "dev", "Memory"]"#,
            finding: "app-api.template.json at Resources/Fn/Properties/MemorySize/Fn::FindInMap: "
                + "Fn::FindInMap map 'Size' is not declared in Mappings"),
        Case(
            check: "Fn::FindInMap top-level key", replace: #"["Sizes", "dev", "Memory"]"#, with: #"["Sizes", "prod", "Memory"]"#,
            finding: "app-api.template.json at Resources/Fn/Properties/MemorySize/Fn::FindInMap/1: "
                + "Fn::FindInMap key 'prod' is not a top-level key of map 'Sizes'"),
        Case(
            check: "Fn::FindInMap second-level key", replace: #"["Sizes", "dev", "Memory"]"#, with: #"["Sizes", "dev", "Disk"]"#,
            finding: "app-api.template.json at Resources/Fn/Properties/MemorySize/Fn::FindInMap/2: "
                + "Fn::FindInMap key 'Disk' is not under 'dev' in map 'Sizes'"),
        Case(
            check: "resource in a condition", replace: #"{"Ref": "Stage"}, "prod""#, with: #"{"Ref": "Table"}, "prod""#,
            finding: "app-api.template.json at Conditions/IsProd/Fn::Equals/0/Ref: "
                + "Ref 'Table' in a condition: conditions can read only parameters, mappings and other conditions"),
    ]

    @Test(arguments: cases) func brokenNameIsFound(_ broken: Case) throws {
        #expect(Self.valid.contains(broken.replace), "the case must change the template")
        let template = Self.valid.replacing(broken.replace, with: broken.with)
        #expect(Fixture.findings(inTemplate: template) == [broken.finding])
    }

    /// A typed value of another stack used in a condition must not arrive as an import:
    /// CloudFormation rejects `Fn::ImportValue` in `Conditions`, even of a declared export.
    @Test func importInAConditionIsFound() {
        let template = Self.valid.replacing(#"{"Ref": "Stage"}, "prod""#, with: #"{"Fn::ImportValue": "shared:Stage"}, "prod""#)
        #expect(
            Fixture.findings([FixtureStack(name: "app-api", template: template)], external: ["shared:Stage"]) == [
                "app-api.template.json at Conditions/IsProd/Fn::Equals/0/Fn::ImportValue: "
                    + "Fn::ImportValue 'shared:Stage' in a condition: conditions can read only parameters, mappings and other conditions"
            ])
    }

    @Test func samNamesAreKnownOnlyInSAMTemplates() {
        let plain = Self.valid.replacing(#""Transform": "AWS::Serverless-2016-10-31","#, with: "")
        #expect(
            Fixture.findings(inTemplate: plain) == [
                "app-api.template.json at Resources/Alarm/Properties/DisplayName/Fn::GetAtt: Fn::GetAtt 'FnRole.Arn' names no resource of the template",
                "app-api.template.json at Resources/Fn/DependsOn/1: DependsOn 'Apiv1Stage' names no resource of the template",
            ])
    }

    @Test func malformedJSONIsAFinding() {
        #expect(Fixture.findings(inTemplate: "{\"Resources\": }") == [
            "app-api.template.json: is not valid JSON: 1:15: unexpected character '}', expected a value"
        ])
    }
}
