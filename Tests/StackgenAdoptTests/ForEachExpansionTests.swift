import StackgenAdopt
import StackgenReader
import Testing

/// `Fn::ForEach` (AWS::LanguageExtensions) expanded as the transform does, compared as the
/// JSON cfn-lint's decoder would print for the expanded template.
@Suite struct ForEachExpansionTests {
    func expanded(_ yaml: String, given: [String: String] = [:]) throws -> (json: String, notes: [String]) {
        let input = TemplateInput(
            path: "t.yaml", template: try TemplateReader.read(yaml, file: "t.yaml"), stackName: "s", region: "us-east-1", parameterValues: given)
        return (PythonJSON.string(input.template), input.notes)
    }

    func json(_ yaml: String) throws -> String { PythonJSON.string(try TemplateReader.read(yaml, file: "e.yaml")) }

    /// The shape of aws-cloudformation-templates' fn-foreach-s3-outputs: a loop of resources,
    /// nested loops of outputs naming them through `!Sub` in `!GetAtt`, and `&{}` in a key.
    @Test func loopsOfResourcesAndNestedLoopsOfOutputs() throws {
        let result = try expanded(
            """
            Resources:
              Fn::ForEach::Buckets:
                - Id
                - [A, b-2]
                - Bucket&{Id}:
                    Type: AWS::S3::Bucket
                    Properties:
                      BucketName: !Sub "logs-${Id}-${AWS::Region}"
                      Tags: [{Key: Id, Value: !Ref Id}, {Key: Other, Value: !Ref Other}]
            Outputs:
              Fn::ForEach::All:
                - Id
                - [A]
                - Fn::ForEach::Attributes:
                    - Attribute
                    - [Arn, DomainName]
                    - Bucket${Id}${Attribute}:
                        Value: !GetAtt [!Sub "Bucket${Id}", !Ref Attribute]
            """)
        #expect(
            result.json == (try json(
                """
                Resources:
                  BucketA:
                    Type: AWS::S3::Bucket
                    Properties:
                      BucketName: !Sub "logs-A-${AWS::Region}"
                      Tags: [{Key: Id, Value: A}, {Key: Other, Value: !Ref Other}]
                  Bucketb2:
                    Type: AWS::S3::Bucket
                    Properties:
                      BucketName: !Sub "logs-b-2-${AWS::Region}"
                      Tags: [{Key: Id, Value: b-2}, {Key: Other, Value: !Ref Other}]
                Outputs:
                  BucketAArn:
                    Value: !GetAtt [BucketA, Arn]
                  BucketADomainName:
                    Value: !GetAtt [BucketA, DomainName]
                """)))
        #expect(
            result.notes == [
                "t.yaml:2: Resources.Fn::ForEach::Buckets: expanded (AWS::LanguageExtensions) into 'BucketA', 'Bucketb2'",
                "t.yaml:14: Outputs.Fn::ForEach::Attributes: expanded (AWS::LanguageExtensions) into 'BucketAArn', 'BucketADomainName'",
                "t.yaml:11: Outputs.Fn::ForEach::All: expanded (AWS::LanguageExtensions) into 'BucketAArn', 'BucketADomainName'",
            ])
    }

    @Test func aCollectionFromAParameterTakesTheGivenValueOverTheDefault() throws {
        let template = """
            Parameters:
              Names: {Type: CommaDelimitedList, Default: "a, b"}
            Resources:
              Fn::ForEach::Queues:
                - Name
                - !Ref Names
                - Queue${Name}: {Type: AWS::SQS::Queue}
            """
        let parameters = "Parameters:\n  Names: {Type: CommaDelimitedList, Default: \"a, b\"}\n"
        #expect(try expanded(template).json == (try json(parameters + "Resources: {Queuea: {Type: AWS::SQS::Queue}, Queueb: {Type: AWS::SQS::Queue}}")))
        #expect(try expanded(template, given: ["Names": "x"]).json == (try json(parameters + "Resources: {Queuex: {Type: AWS::SQS::Queue}}")))
    }

    /// A collection known only at deploy (a parameter without default or value) stays as
    /// written; so does a `Fn::Sub` whose own variables name the identifier.
    @Test func whatIsNotKnownBeforeDeployStaysAsWritten() throws {
        let unknown = """
            Parameters:
              Names: {Type: CommaDelimitedList}
            Resources:
              Fn::ForEach::Queues: [Name, !Ref Names, {"Queue${Name}": {Type: AWS::SQS::Queue}}]
            """
        let result = try expanded(unknown)
        #expect(result.json == (try json(unknown)))
        #expect(result.notes.isEmpty)
        let shadowed = try expanded(
            """
            Resources:
              Fn::ForEach::Topics:
                - Name
                - [a]
                - Topic${Name}:
                    Type: AWS::SNS::Topic
                    Properties: {TopicName: !Sub ["${Name}-x", {Name: fixed}]}
            """)
        #expect(
            shadowed.json == (try json(
                """
                Resources:
                  Topica:
                    Type: AWS::SNS::Topic
                    Properties: {TopicName: !Sub ["${Name}-x", {Name: fixed}]}
                """)))
    }
}
