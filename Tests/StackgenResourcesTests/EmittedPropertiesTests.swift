import StackgenAppSync
import StackgenDSQL
import StackgenDynamoDB
import StackgenIAM
import StackgenRDS
import StackgenS3
import StackgenServerless
import Testing

@Suite("Emitted property maps")
struct EmittedPropertiesTests {
    @Test func bucketLeavesUnsetPropertiesOut() {
        let bucket = S3.Bucket(
            bucketName: "shop-images",
            tags: [Tag(key: "team", value: "shop")],
            versioningConfiguration: .init(status: .enabled))
        #expect(
            bucket.properties == [
                "BucketName": "shop-images",
                "VersioningConfiguration": ["Status": "Enabled"],
                "Tags": [["Key": "team", "Value": "shop"]],
            ])
        #expect(bucket.resourceType == "AWS::S3::Bucket")
    }

    @Test func tableTakesEnumsNestedListsAndCustomValues() {
        let table = DynamoDB.Table(
            keySchema: [.init(attributeName: "pk", keyType: .hash)],
            attributeDefinitions: [.init(attributeName: "pk", attributeType: .custom("S"))],
            billingMode: .payPerRequest)
        #expect(table.properties["BillingMode"] == "PAY_PER_REQUEST")
        #expect(table.properties["KeySchema"] == [["AttributeName": "pk", "KeyType": "HASH"]])
        #expect(table.properties["AttributeDefinitions"] == [["AttributeName": "pk", "AttributeType": "S"]])
    }

    @Test func enumAcceptsAnIntrinsic() {
        var stack = Stack("data")
        let mode = stack.parameter("BillingMode", default: "PAY_PER_REQUEST")
        let table = DynamoDB.Table(
            keySchema: [.init(attributeName: "pk", keyType: .hash)], billingMode: .intrinsic(mode.value))
        #expect(table.properties["BillingMode"] == .ref(mode.address))
    }

    @Test func attributesAreGetAttsOfTheirOwnType() {
        var stack = Stack("events")
        let api = stack.add("OrderEventsApi", AppSync.Api(name: "orders"))
        let cluster = stack.add("Cluster", DSQL.Cluster(deletionProtectionEnabled: true))
        #expect(api.dnsRealtime.expression == .getAtt(api.address, attribute: "Dns.Realtime"))
        #expect(cluster.endpoint.expression == .getAtt(cluster.address, attribute: "Endpoint"))
        #expect(cluster.ref.expression == .ref(cluster.address))
    }

    /// Schemas whose root has `allOf` constraints (DynamoDB::Table, RDS::DBCluster) still
    /// yield their read-only attributes, nested ones included.
    @Test func attributesOfSchemasWithRootConstraints() {
        var stack = Stack("data")
        let table = stack.add("Pets", DynamoDB.Table(keySchema: [.init(attributeName: "id", keyType: .hash)]))
        let cluster = stack.add("Postgres", RDS.DBCluster(engine: "aurora-postgresql"))
        #expect(table.arn.expression == .getAtt(table.address, attribute: "Arn"))
        #expect(table.streamArn.expression == .getAtt(table.address, attribute: "StreamArn"))
        #expect(cluster.endpointAddress.expression == .getAtt(cluster.address, attribute: "Endpoint.Address"))
        #expect(cluster.readEndpointAddress.expression == .getAtt(cluster.address, attribute: "ReadEndpoint.Address"))
    }

    @Test func samFunctionWithEventsPoliciesAndGlobals() {
        var stack = Stack("api")
        let table = stack.add("Orders", Serverless.SimpleTable())
        let function = Serverless.Function(
            events: ["Get": .api(.init(method: "get", path: "/orders"))],
            handler: "app.handler",
            policies: [
                "AWSLambdaBasicExecutionRole",
                .template("DynamoDBCrudPolicy", ["TableName": table.ref]),
                .statements(.allow(["dynamodb:Query"], on: [table.arn])),
            ],
            runtime: "python3.13",
            tags: ["team": "shop"])
        #expect(function.properties["Events"] == ["Get": ["Type": "Api", "Properties": ["Method": "get", "Path": "/orders"]]])
        #expect(function.properties["Tags"] == ["team": "shop"])
        let policies = function.properties["Policies"]
        #expect(
            policies == [
                "AWSLambdaBasicExecutionRole",
                ["DynamoDBCrudPolicy": ["TableName": .ref(table.address)]],
                [
                    "Version": "2012-10-17",
                    "Statement": [
                        ["Effect": "Allow", "Action": ["dynamodb:Query"], "Resource": [table.arn.expression]]
                    ],
                ],
            ])
        stack.setGlobals(Serverless.Globals.Function(runtime: "python3.13", timeout: 30, tracing: .active))
        #expect(stack.globals["Function"] == ["Runtime": "python3.13", "Timeout": 30, "Tracing": "Active"])
    }

    @Test func roleTakesTypedTrustAndInlinePolicies() {
        let role = IAM.Role(
            assumeRolePolicyDocument: IAM.PolicyDocument(.assumeRole(by: .service("lambda.amazonaws.com"))),
            policies: [
                .init(
                    policyDocument: IAM.PolicyDocument(.allow(["s3:GetObject"], on: ["arn:aws:s3:::b/*"])),
                    policyName: "read")
            ])
        #expect(
            role.properties["AssumeRolePolicyDocument"] == [
                "Version": "2012-10-17",
                "Statement": [
                    [
                        "Effect": "Allow", "Principal": ["Service": "lambda.amazonaws.com"],
                        "Action": ["sts:AssumeRole"],
                    ]
                ],
            ])
        let raw = IAM.Role(assumeRolePolicyDocument: ["Version": "2012-10-17", "Statement": []])
        #expect(raw.properties["AssumeRolePolicyDocument"] == ["Version": "2012-10-17", "Statement": []])
    }
}
