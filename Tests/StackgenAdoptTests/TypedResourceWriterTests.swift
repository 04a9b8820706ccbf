@testable import StackgenAdopt
import StackgenCore
import Testing

/// What `stackgen import` writes for one resource: typed initializers from the generated
/// property table, the escape hatches where a value does not fit its argument, and the
/// reason a resource stays a `GenericResource`.
@Suite struct TypedResourceWriterTests {
    let writer = TypedResourceWriter(
        values: TypedValueWriter(references: OutputSpelling(expression: { "\($0.key).expression" }, value: { "\($0.key)" })))

    static func declaration(_ type: String, _ properties: [String: Expr]) -> ResourceDeclaration {
        var stack = Stack("s")
        stack.add("Thing", GenericResource(type, properties: properties))
        return stack.resources[0]
    }

    @Test func literalsWhereTheArgumentTakesThemAndAnOverrideForAPropertyTheSchemaLacks() throws {
        let result = writer.write(
            Self.declaration(
                "AWS::SQS::Queue",
                [
                    "QueueName": "orders", "VisibilityTimeout": 30, "FifoQueue": true,
                    "KmsMasterKeyId": .importValue("shared-key"), "RedrivePolicy": ["maxReceiveCount": 3],
                    "QueueNme": "typo",
                ]),
            indent: "")
        let written = try #require(result.written)
        #expect(
            written.text == """
                SQS.Queue(
                    fifoQueue: true,
                    kmsMasterKeyId: Fn.importValue("shared-key"),
                    queueName: "orders",
                    redrivePolicy: .map([
                        "maxReceiveCount": .integer(3),
                    ]),
                    visibilityTimeout: 30
                )
                .overriding("QueueNme", with: .string("typo"))
                """)
        #expect(written.module == "StackgenSQS")
        #expect(written.notInSchema == ["QueueNme"])
    }

    /// The catalog declares `` `protocol` ``; a call site writes the label bare (swiftc warns
    /// about the backticks: 102 warnings when the corpus's templates were imported).
    @Test func aKeywordLabelIsWrittenBare() throws {
        let result = writer.write(
            Self.declaration("AWS::ElasticLoadBalancingV2::TargetGroup", ["Protocol": "HTTP", "Port": 80]),
            indent: "")
        #expect(
            try #require(result.written).text == """
                ElasticLoadBalancingV2.TargetGroup(
                    port: 80,
                    protocol: .http
                )
                """)
    }

    @Test func nestedStructsEnumsAndTagsAreTypedAndAnythingElseUnchecked() throws {
        let result = writer.write(
            Self.declaration(
                "AWS::S3::Bucket",
                [
                    "VersioningConfiguration": ["Status": "Enabled"],
                    "Tags": [["Key": "team", "Value": "shop"], .if(condition: "Prod", then: ["Key": "a", "Value": "b"], else: .pseudo(.noValue))],
                    "BucketEncryption": ["Unknown": 1],
                ]),
            indent: "")
        let text = try #require(result.written).text
        #expect(
            text == """
                S3.Bucket(
                    bucketEncryption: .init(unchecked: .map([
                        "Unknown": .integer(1),
                    ])),
                    tags: [
                        .init(
                            key: "team",
                            value: "shop"
                        ),
                        .init(unchecked: .if(condition: "Prod", then: .map([
                                "Key": .string("a"),
                                "Value": .string("b"),
                            ]), else: .pseudo(.noValue))),
                    ],
                    versioningConfiguration: .init(
                        status: .enabled
                    )
                )
                """, "\(text)")
    }

    @Test func anEnumValueTheSchemaDoesNotListIsCustomAndAnOutputIsTheProducersHandle() throws {
        let address = OutputAddress(stack: "base", key: "keyArn")
        let result = writer.write(
            Self.declaration("AWS::S3::Bucket", ["VersioningConfiguration": ["Status": "Paused"], "BucketName": .output(address)]),
            indent: "")
        let text = try #require(result.written).text
        #expect(
            text == """
                S3.Bucket(
                    bucketName: keyArn,
                    versioningConfiguration: .init(
                        status: .custom("Paused")
                    )
                )
                """, "\(text)")
    }

    @Test func typesOutsideTheCatalogAndMissingRequiredPropertiesStayGeneric() {
        let custom = writer.write(Self.declaration("Custom::Seeder", ["ServiceToken": "arn"]), indent: "")
        #expect(custom.written == nil)
        #expect(custom.reason == "its type is not in the typed catalog")
        let handler = writer.write(Self.declaration("AWS::CloudFormation::CustomResource", ["ServiceToken": "arn", "Size": 3]), indent: "")
        #expect(handler.written == nil)
        #expect(handler.reason == "a custom resource's properties are its handler's, not a schema's")
        let policy = writer.write(Self.declaration("AWS::SQS::QueuePolicy", ["PolicyDocument": [:]]), indent: "")
        #expect(policy.written == nil)
        #expect(policy.reason == "required property 'Queues' not set")
    }
}
