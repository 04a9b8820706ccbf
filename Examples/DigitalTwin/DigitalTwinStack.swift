import StackgenIAM
import StackgenLambda
import StackgenS3
import StackgenSecretsManager

/// One environment's stack: secret, buckets, function, HTTP API, CDN and monitoring, with
/// the CDK constructs' outputs. Logical ids are the constructs' readable names, without
/// CDK's hash suffixes.
struct DigitalTwinStack {
    var stack: Stack

    init(_ settings: DigitalTwinSettings) {
        let env = settings.name
        stack = Stack(settings.stackName, region: settings.region, description: "Digital Twin Chat (\(env))")
        let data = settings.dataPolicy

        let secret = stack.add(
            "LlmApiKeySecret",
            SecretsManager.Secret(
                description: .init("LLM API key for Digital Twin Chat (\(env))"),
                // A placeholder value; the key is set after deployment with put-secret-value.
                generateSecretString: .init(),
                name: .init("digital-twin-chat/\(env)/llm-api-key")),
            deletionPolicy: data, updateReplacePolicy: data)

        let blockAll = S3.Bucket.PublicAccessBlockConfiguration(
            blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true)
        let s3Managed = S3.Bucket.BucketEncryption(serverSideEncryptionConfiguration: [
            .init(serverSideEncryptionByDefault: .init(sseAlgorithm: .aes256))
        ])
        let frontend = stack.add(
            "FrontendBucket",
            S3.Bucket(bucketEncryption: s3Managed, publicAccessBlockConfiguration: blockAll),
            deletionPolicy: data, updateReplacePolicy: data)
        let memory = stack.add(
            "MemoryBucket",
            S3.Bucket(
                bucketEncryption: s3Managed,
                lifecycleConfiguration: .init(rules: [
                    .init(
                        status: .enabled, id: "TransitionOldVersions",
                        noncurrentVersionTransitions: [.init(storageClass: .intelligentTiering, transitionInDays: 30)])
                ]),
                publicAccessBlockConfiguration: blockAll,
                versioningConfiguration: .init(status: .enabled)),
            deletionPolicy: data, updateReplacePolicy: data)
        stack.add(
            "MemoryBucketPolicy",
            S3.BucketPolicy(bucket: memory.ref, policyDocument: IAM.PolicyDocument(Self.denyInsecureTransport(memory))))

        let role = stack.add(
            "LambdaExecutionRole",
            IAM.Role(
                assumeRolePolicyDocument: IAM.PolicyDocument(.assumeRole(by: .service("lambda.amazonaws.com"))),
                description: "Execution role for Digital Twin Chat Lambda function"))
        let grants = stack.add(
            "LambdaExecutionRoleDefaultPolicy",
            IAM.Policy(
                policyDocument: IAM.PolicyDocument(
                    .allow(
                        ["logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents"],
                        on: ["arn:\(AWS.partition):logs:\(AWS.region):\(AWS.accountID):log-group:/aws/lambda/*"]),
                    .allow(
                        ["s3:GetObject", "s3:PutObject", "s3:DeleteObject", "s3:ListBucket"], on: [memory.arn, "\(memory.arn)/*"]),
                    .allow(["secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"], on: [secret.ref]),
                    .allow(
                        ["bedrock:InvokeModel", "bedrock:InvokeModelWithResponseStream"],
                        on: [
                            "arn:\(AWS.partition):bedrock:\(AWS.region)::foundation-model/anthropic.claude-3-sonnet-20240229-v1:0",
                            "arn:\(AWS.partition):bedrock:\(AWS.region)::foundation-model/anthropic.claude-3-haiku-20240307-v1:0",
                            "arn:\(AWS.partition):bedrock:\(AWS.region)::foundation-model/anthropic.claude-v2:1",
                        ])),
                policyName: "LambdaExecutionRoleDefaultPolicy",
                roles: [role.ref]))

        let function = stack.add(
            "DigitalTwinChatFunction",
            Lambda.Function(
                // The seed's CDK code takes `../backend` (next to its infrastructure folder) as
                // an asset; here the same folder under the app's source root, which deploy
                // packages into the artifact bucket.
                code: .init(unchecked: .string("backend/")),
                role: role.arn,
                architectures: [.arm64],
                description: .init("Digital Twin Chat API (\(env))"),
                environment: .init(variables: [
                    "ENVIRONMENT": .init(env),
                    "S3_MEMORY_BUCKET": memory.ref,
                    "S3_PERSONA_BUCKET": memory.ref,
                    "LLM_API_KEY_SECRET_NAME": .init("digital-twin-chat/\(env)/llm-api-key"),
                    "LOG_LEVEL": .init(settings.logLevel),
                ]),
                handler: "main.handler",
                memorySize: 1024,
                runtime: .python3_11,
                timeout: 30),
            // The role's grants are a separate policy; the function must not start before it.
            dependsOn: [grants])

        let api = DigitalTwinHttpApi(in: &stack, env: env, function: function)
        let cdn = DigitalTwinCdn(in: &stack, settings: settings, frontend: frontend)
        DigitalTwinMonitoring(in: &stack, settings: settings, function: function, api: api.api)

        stack.output("FrontendBucketName", frontend.ref, description: "S3 bucket for frontend static files")
        stack.output("MemoryBucketName", memory.ref, description: "S3 bucket for conversation memory storage")
        stack.output("ApiEndpoint", api.url, description: "API Gateway endpoint URL")
        stack.output("CloudFrontDomain", cdn.distribution.domainName, description: "CloudFront distribution domain")
        stack.output("LambdaFunctionName", function.ref, description: "Lambda function name")
    }

    /// CDK's `enforce_ssl`: deny every request to the bucket that is not over TLS.
    static func denyInsecureTransport(_ bucket: Resource<S3.Bucket>) -> IAM.PolicyStatement {
        IAM.PolicyStatement(
            effect: .deny, principal: .anyone, actions: ["s3:*"], resources: [bucket.arn, "\(bucket.arn)/*"],
            conditions: [.bool("aws:SecureTransport", false)])
    }
}
