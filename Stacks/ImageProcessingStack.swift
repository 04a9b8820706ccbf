import StackgenEvents
import StackgenLambda
import StackgenServerless

/// `ai-bartender-image-processing`: resizes uploads under `original/` in the images bucket
/// (S3 → default EventBridge bus → rule) and records the optimized versions in DSQL.
struct ImageProcessingStack {
    var stack = Stack("ai-bartender-image-processing", description: "AI Bartender Image Processing")

    init(datastore: DatastoreStack, hosting: HostingStack) {
        let application = stack.parameter("Application", default: "ai-bartender")

        let function = stack.add(
            "ProcessImageFunction",
            Serverless.Function(
                architectures: ["arm64"],
                codeUri: "src/processImage/",
                description: "Process uploaded images and generate optimized versions",
                environment: .init(variables: [
                    "DSQL_CLUSTER_ENDPOINT": datastore.clusterEndpoint.value,
                    "DATABASE_WRITER_ROLE": datastore.writerRoleArn.value,
                    "DATABASE_USER": datastore.writerUser.value,
                    "CLOUDFRONT_DOMAIN": hosting.cloudFrontDomain.value,
                ]),
                handler: "handler.handler",
                memorySize: 1024,
                policies: [
                    "AWSLambdaBasicExecutionRole",
                    .template("S3CrudPolicy", ["BucketName": hosting.imagesBucketName.value]),
                    .statements(.allow(["sts:AssumeRole"]), .allow(["dsql:*"])),
                ],
                runtime: "python3.13",
                timeout: 30))
        let rule = stack.add(
            "ProcessImageEventRule",
            Events.Rule(
                description: "Trigger image processing when image uploaded to original/ prefix",
                eventPattern: [
                    "source": ["aws.s3"],
                    "detail-type": ["Object Created"],
                    "detail": [
                        "bucket": ["name": [Expr(hosting.imagesBucketName.value)]],
                        "object": ["key": [["prefix": "original/"]]],
                    ],
                ],
                name: "\(application.value)-process-image-rule",
                state: .enabled,
                targets: [.init(arn: function.arn, id: "ProcessImageFunctionTarget")]))
        stack.add(
            "ProcessImageFunctionPermission",
            Lambda.Permission(
                action: "lambda:InvokeFunction", functionName: function.ref, principal: "events.amazonaws.com",
                sourceArn: rule.arn))
    }
}
