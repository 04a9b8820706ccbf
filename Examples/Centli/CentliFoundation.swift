import StackgenEvents
import StackgenIAM
import StackgenLogs
import StackgenS3

/// Unit 1, infrastructure foundation: the event bus, the assets bucket, the role all 12
/// functions share, and the central log group.
struct CentliFoundation {
    let eventBus: Resource<Events.EventBus>
    let assetsBucket: Resource<S3.Bucket>
    let role: Resource<IAM.Role>

    @discardableResult
    init(in stack: inout Stack, environment: Value<String>) {
        let tags = CentliStack.tags(environment, unit: "Infrastructure Foundation")
        eventBus = stack.add("CentliEventBus", Events.EventBus(name: "centli-event-bus", tags: tags))

        assetsBucket = stack.add(
            "CentliAssetsBucket",
            S3.Bucket(
                bucketName: "centli-assets-\(AWS.accountID)",
                corsConfiguration: .init(corsRules: [
                    .init(
                        allowedMethods: [.get, .put, .post, .delete],
                        allowedOrigins: ["http://localhost:3000", "http://localhost:8080", "http://127.0.0.1:*"],
                        allowedHeaders: ["*"],
                        maxAge: 3600)
                ]),
                publicAccessBlockConfiguration: .init(
                    blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true),
                tags: tags))

        // The template grants the tables by name pattern (table/centli-*), not by Ref: the
        // role is declared before the tables and stays valid for tables added later.
        let tables: Value<String> = "arn:\(AWS.partition):dynamodb:\(AWS.region):\(AWS.accountID):table/centli-*"
        role = stack.add(
            "CentliLambdaExecutionRole",
            IAM.Role(
                assumeRolePolicyDocument: IAM.PolicyDocument(.assumeRole(by: .service("lambda.amazonaws.com"))),
                managedPolicyArns: ["arn:\(AWS.partition):iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"],
                policies: [
                    .init(
                        policyDocument: IAM.PolicyDocument(.allow(["events:PutEvents"], on: [eventBus.arn])),
                        policyName: "CentliEventBridgePolicy"),
                    .init(
                        policyDocument: IAM.PolicyDocument(
                            .allow(
                                [
                                    "dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem",
                                    "dynamodb:Query", "dynamodb:Scan", "dynamodb:BatchGetItem", "dynamodb:BatchWriteItem",
                                ],
                                on: [tables, "\(tables)/index/*"])),
                        policyName: "CentliDynamoDBPolicy"),
                    .init(
                        policyDocument: IAM.PolicyDocument(
                            .allow(
                                ["s3:GetObject", "s3:PutObject", "s3:DeleteObject", "s3:ListBucket"],
                                on: [assetsBucket.arn, "\(assetsBucket.arn)/*"])),
                        policyName: "CentliS3Policy"),
                    .init(
                        policyDocument: IAM.PolicyDocument(
                            .allow(
                                ["bedrock:InvokeModel", "bedrock:InvokeAgent", "bedrock:Retrieve", "bedrock:InvokeModelWithResponseStream"],
                                on: [
                                    "arn:\(AWS.partition):bedrock:\(AWS.region)::foundation-model/*",
                                    "arn:\(AWS.partition):bedrock:\(AWS.region):\(AWS.accountID):agent/*",
                                    "arn:\(AWS.partition):bedrock:\(AWS.region):\(AWS.accountID):agent-alias/*",
                                    "arn:\(AWS.partition):bedrock:\(AWS.region):\(AWS.accountID):knowledge-base/*",
                                ])),
                        policyName: "CentliBedrockPolicy"),
                    .init(
                        policyDocument: IAM.PolicyDocument(
                            .allow(
                                ["execute-api:ManageConnections", "execute-api:Invoke"],
                                on: ["arn:\(AWS.partition):execute-api:\(AWS.region):\(AWS.accountID):*/@connections/*"])),
                        policyName: "CentliAPIGatewayPolicy"),
                ],
                roleName: "CentliLambdaExecutionRole",
                tags: tags))

        stack.add(
            "CentliAssetsBucketPolicy",
            S3.BucketPolicy(
                bucket: assetsBucket.ref,
                policyDocument: IAM.PolicyDocument(
                    .grant(
                        .aws(role.arn), ["s3:GetObject", "s3:PutObject", "s3:DeleteObject"], on: ["\(assetsBucket.arn)/*"],
                        sid: "AllowLambdaAccess"))))

        let logGroup = stack.add(
            "CentliLogGroup", Logs.LogGroup(logGroupName: "/aws/lambda/centli", retentionInDays: 7, tags: tags))

        let export = CentliStack.exportName
        stack.output("EventBusArn", eventBus.arn, description: "EventBridge Event Bus ARN for event-driven communication", exportName: export("EventBusArn"), usedOutside: CentliStack.outsideConsumers)
        stack.output("EventBusName", eventBus.ref, description: "EventBridge Event Bus Name", exportName: export("EventBusName"), usedOutside: CentliStack.outsideConsumers)
        stack.output("AssetsBucketName", assetsBucket.ref, description: "S3 Assets Bucket Name for images and static files", exportName: export("AssetsBucketName"), usedOutside: CentliStack.outsideConsumers)
        stack.output("AssetsBucketArn", assetsBucket.arn, description: "S3 Assets Bucket ARN", exportName: export("AssetsBucketArn"), usedOutside: CentliStack.outsideConsumers)
        stack.output("LambdaExecutionRoleArn", role.arn, description: "Lambda Execution Role ARN for all Lambda functions", exportName: export("LambdaExecutionRoleArn"), usedOutside: CentliStack.outsideConsumers)
        stack.output("LogGroupName", logGroup.ref, description: "CloudWatch Log Group Name for centralized logging", exportName: export("LogGroupName"), usedOutside: CentliStack.outsideConsumers)
    }
}
