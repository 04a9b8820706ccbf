import StackgenApiGateway
import StackgenCertificateManager
import StackgenLambda
import StackgenRoute53
import StackgenServerless

/// `ai-bartender-chat-api`: the chat endpoints. `POST /chat` streams the model's answer
/// (Lambda Web Adapter + REST API response streaming), `POST /chat/sync` is the buffered
/// fallback. Both functions talk to the AgentCore gateway and memory of `agentcore`.
struct ChatApiStack {
    var stack = Stack("ai-bartender-chat-api", description: "Chat API - Streaming and sync endpoints for AI Bartender")

    init(agentCore: AgentCoreStack) {
        let application = stack.parameter("Application", default: "ai-bartender")
        let domainName = stack.parameter("ChatApiDomainName", description: "Custom domain name for Chat API")
        let hostedZoneID = stack.parameter("HostedZoneId", description: "Route53 Hosted Zone ID")
        stack.setGlobals(Serverless.Globals.Function(tracing: .active))
        stack.setGlobals(Serverless.Globals.Api(tracingEnabled: true))

        let certificate = stack.add(
            "ChatApiSSLCertificate",
            CertificateManager.Certificate(
                domainName: domainName.value,
                domainValidationOptions: [.init(domainName: domainName.value, hostedZoneId: hostedZoneID.value)],
                tags: [Tag(key: "Application", value: application.value)], validationMethod: "DNS"))

        let agentCoreEnvironment: [String: Value<String>] = [
            "AGENTCORE_GATEWAY_URL": agentCore.gatewayURL.value, "AGENTCORE_MEMORY_ID": agentCore.memoryID.value,
        ]
        let streaming = stack.add(
            "ChatStreamingFunction",
            Self.chatFunction(
                name: "\(application.value)-chat-streaming", code: "src/chat-streaming/", handler: "run.sh",
                // AWS Lambda Web Adapter: runs the FastAPI app and streams its response.
                layers: ["arn:aws:lambda:\(AWS.region):753240598075:layer:LambdaAdapterLayerArm64:25"],
                environment: agentCoreEnvironment.merging([
                    "AWS_LAMBDA_EXEC_WRAPPER": "/opt/bootstrap", "PORT": "8080", "AWS_LWA_INVOKE_MODE": "RESPONSE_STREAM",
                ]) { first, _ in first },
                gatewayArn: agentCore.gatewayArn.value))
        let sync = stack.add(
            "ChatSyncFunction",
            Self.chatFunction(
                name: "\(application.value)-chat-sync", code: "src/chat-sync/", handler: "handler.handler", layers: nil,
                environment: agentCoreEnvironment.merging([
                    "POWERTOOLS_SERVICE_NAME": "\(application.value)-chat-sync", "POWERTOOLS_LOG_LEVEL": "INFO",
                ]) { first, _ in first },
                gatewayArn: agentCore.gatewayArn.value))

        let preflight = RestApiDefinition.Operation.corsPreflight(
            allowMethods: "POST,OPTIONS", allowHeaders: "Content-Type,X-Api-Key,x-api-key")
        let definition = RestApiDefinition(
            title: "\(application.value)-chat-api", version: "1.0.0",
            paths: [
                .init(
                    path: "/chat",
                    operations: [
                        .post(
                            to: streaming.arn, transferMode: .stream,
                            responses: [
                                "200": ["description": "Success", "content": ["text/event-stream": ["schema": ["type": "string"]]]]
                            ]),
                        preflight,
                    ]),
                .init(
                    path: "/chat/sync",
                    operations: [
                        .post(
                            to: sync.arn, transferMode: .buffered,
                            responses: [
                                "200": ["description": "Success", "content": ["application/json": ["schema": ["type": "object"]]]]
                            ]),
                        preflight,
                    ]),
            ])
        let api = stack.add(
            "ChatApi",
            Serverless.Api(
                stageName: "v1", definitionBody: definition.expression, endpointConfiguration: "REGIONAL",
                name: "\(application.value)-chat-api"))
        // The SAM-generated stage must exist before the mapping, key and plan name it.
        let stage = GeneratedResource("ChatApiv1Stage")

        for (logicalID, function, route) in [
            ("ChatApiLambdaPermission", streaming, "POST/chat"), ("ChatSyncApiLambdaPermission", sync, "POST/chat/sync"),
        ] {
            stack.add(
                logicalID,
                Lambda.Permission(
                    action: "lambda:InvokeFunction", functionName: function.ref, principal: "apigateway.amazonaws.com",
                    sourceArn: "arn:aws:execute-api:\(AWS.region):\(AWS.accountID):\(api.ref)/*/\(route)"))
        }
        let domain = stack.add(
            "ChatApiDomainNameResource",
            ApiGateway.DomainName(
                domainName: domainName.value, endpointConfiguration: .init(types: ["REGIONAL"]),
                regionalCertificateArn: certificate.ref, securityPolicy: "TLS_1_2"))
        stack.add(
            "ChatApiBasePathMapping",
            ApiGateway.BasePathMapping(domainName: domain.ref, restApiId: api.ref, stage: "v1"), dependsOn: [stage])
        stack.add(
            "ChatApiDnsRecord",
            Route53.RecordSet(
                name: domainName.value, type: "A",
                aliasTarget: .init(dnsName: domain.regionalDomainName, hostedZoneId: domain.regionalHostedZoneId),
                hostedZoneId: hostedZoneID.value))
        let key = stack.add(
            "ChatApiKey",
            ApiGateway.ApiKey(
                description: "API key for streaming chat endpoint", enabled: true, name: "\(application.value)-chat-api-key",
                stageKeys: [.init(restApiId: api.ref, stageName: "v1")]),
            dependsOn: [stage])
        let plan = stack.add(
            "ChatApiUsagePlan",
            ApiGateway.UsagePlan(
                apiStages: [.init(apiId: api.ref, stage: "v1")], description: "Usage plan for streaming chat API",
                throttle: .init(burstLimit: 100, rateLimit: .whole(50)), usagePlanName: "\(application.value)-chat-usage-plan"),
            dependsOn: [stage])
        stack.add("ChatApiUsagePlanKey", ApiGateway.UsagePlanKey(keyId: key.ref, keyType: .apiKey, usagePlanId: plan.ref))

        let directURL: Value<String> = "https://\(api.ref).execute-api.\(AWS.region).amazonaws.com/v1"
        stack.output(
            "ChatStreamingApiUrl", "\(directURL)/chat", description: "Chat API streaming endpoint URL (direct)",
            exportName: "ai-bartender-chat-api:streaming-api-url", usedOutside: outsideConsumers)
        stack.output(
            "ChatSyncApiUrl", "\(directURL)/chat/sync", description: "Chat API sync endpoint URL (direct)",
            exportName: "ai-bartender-chat-api:sync-api-url", usedOutside: outsideConsumers)
        stack.output(
            "ChatStreamingCustomDomainUrl", "https://\(domainName.value)/chat",
            description: "Chat API streaming custom domain URL", exportName: "ai-bartender-chat-api:streaming-custom-domain-url", usedOutside: outsideConsumers)
        stack.output(
            "ChatSyncCustomDomainUrl", "https://\(domainName.value)/chat/sync", description: "Chat API sync custom domain URL",
            exportName: "ai-bartender-chat-api:sync-custom-domain-url", usedOutside: outsideConsumers)
        stack.output(
            "ChatApiKeyId", key.ref, description: "Chat API Key ID", exportName: "ai-bartender-chat-api:api-key-id", usedOutside: outsideConsumers)
    }

    /// A 512 MB / 120 s arm64 Python function that calls Bedrock, AgentCore memory and the
    /// AgentCore gateway.
    private static func chatFunction(
        name: Value<String>, code: String, handler: Value<String>, layers: Value<[String]>?,
        environment: [String: Value<String>], gatewayArn: Value<String>
    ) -> Serverless.Function {
        Serverless.Function(
            architectures: ["arm64"],
            codeUri: .string(.init(code)),
            environment: .init(variables: .init(environment)),
            functionName: name,
            handler: handler,
            layers: layers,
            memorySize: 512,
            policies: [
                "AWSLambdaBasicExecutionRole",
                .statements(
                    .allow(["bedrock:InvokeModel", "bedrock:InvokeModelWithResponseStream"], sid: "BedrockInvoke"),
                    .allow(
                        [
                            "bedrock-agentcore:CreateEvent", "bedrock-agentcore:ListEvents", "bedrock-agentcore:GetEvent",
                            "bedrock-agentcore:CreateSession", "bedrock-agentcore:GetSession",
                            "bedrock-agentcore:ListSessions", "bedrock-agentcore:ListMemoryRecords",
                            "bedrock-agentcore:RetrieveMemoryRecords",
                        ], sid: "AgentCoreMemory"),
                    .allow(["bedrock-agentcore:InvokeGateway"], on: [gatewayArn], sid: "AgentCoreGateway")),
            ],
            runtime: "python3.13",
            timeout: 120)
    }
}
