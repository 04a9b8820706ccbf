import StackgenEvents
import StackgenLambda
import StackgenS3
import StackgenServerless

/// `ai-bartender-image-generation`: writes an image prompt for every new drink. The api
/// publishes `DrinkCreated` on the custom bus at run time; the rule here listens on it.
struct ImageGenerationStack {
    var stack = Stack("ai-bartender-image-generation", description: "AI Bartender Image Prompt Generation")

    init(eventBus: EventBusStack) {
        let application = stack.parameter("Application", default: "ai-bartender")
        stack.setGlobals(Serverless.Globals.Function(architectures: ["arm64"], runtime: "python3.13", timeout: 60))

        let prompts = stack.add(
            "ImagePromptsBucket",
            S3.Bucket(
                bucketEncryption: .init(serverSideEncryptionConfiguration: [
                    .init(serverSideEncryptionByDefault: .init(sseAlgorithm: .aes256))
                ]),
                bucketName: "\(application.value)-image-prompts-\(AWS.accountID)",
                lifecycleConfiguration: .init(rules: [.init(status: .enabled, expirationInDays: 90, id: "DeleteOldPrompts")]),
                publicAccessBlockConfiguration: .init(
                    blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true),
                tags: [
                    Tag(key: "Application", value: application.value),
                    Tag(key: "Purpose", value: "AI-generated image prompts for cocktails"),
                ]))
        let function = stack.add(
            "GenerateImagePromptFunction",
            Serverless.Function(
                codeUri: "src/generateImagePrompt/",
                description: "Generate image prompts for new cocktails using Amazon Bedrock",
                environment: .init(variables: [
                    "IMAGE_PROMPTS_BUCKET": prompts.ref,
                    "POWERTOOLS_SERVICE_NAME": "generate-image-prompt",
                    "POWERTOOLS_LOG_LEVEL": "INFO",
                ]),
                handler: "handler.handler",
                memorySize: 256,
                policies: [
                    "AWSLambdaBasicExecutionRole",
                    .template("S3CrudPolicy", ["BucketName": prompts.ref]),
                    .statements(
                        .allow(
                            ["bedrock:InvokeModel"],
                            on: [
                                "arn:aws:bedrock:\(AWS.region):\(AWS.accountID):inference-profile/global.amazon.nova-2-lite-v1:0",
                                "arn:aws:bedrock:*::foundation-model/amazon.nova-2-lite-v1:0",
                            ])),
                ]))
        let rule = stack.add(
            "DrinkCreatedRule",
            Events.Rule(
                description: "Trigger image prompt generation when new drink is created",
                eventBusName: eventBus.busName.value,
                eventPattern: ["source": ["ai-bartender.api"], "detail-type": ["DrinkCreated"]],
                name: "\(application.value)-drink-created-image-prompt-rule",
                state: .enabled,
                targets: [.init(arn: function.arn, id: "GenerateImagePromptTarget")]))
        stack.add(
            "GenerateImagePromptPermission",
            Lambda.Permission(
                action: "lambda:InvokeFunction", functionName: function.ref, principal: "events.amazonaws.com",
                sourceArn: rule.arn))

        stack.output(
            "ImagePromptsBucketName", prompts.ref, description: "Name of the S3 bucket for image prompts",
            exportName: "ai-bartender-image-generation:image-prompts-bucket-name", usedOutside: outsideConsumers)
        stack.output(
            "ImagePromptsBucketArn", prompts.arn, description: "ARN of the S3 bucket for image prompts",
            exportName: "ai-bartender-image-generation:image-prompts-bucket-arn", usedOutside: outsideConsumers)
        stack.output(
            "GenerateImagePromptFunctionArn", function.arn, description: "ARN of the GenerateImagePrompt Lambda function",
            exportName: "ai-bartender-image-generation:generate-image-prompt-function-arn", usedOutside: outsideConsumers)
    }
}
